import type { CalendarDate } from "@/lib/calendar/dates";
import { bangkokDate } from "@/lib/calendar/dates";
import { findActiveService } from "@/lib/services/catalogue";
import { evaluateEligibility, type EligibilityApplicant, type EligibilityResult, type IdentitySource } from "./evaluate";

/**
 * Eligibility before filing, for the online form's check and any screen that wants to tell
 * a resident early: the same rules fileRequest applies. `answers` undefined checks the
 * applicant alone (answer rules wait); null when the service is not offered.
 */
export async function checkEligibility(
  serviceCode: string,
  applicant: EligibilityApplicant,
  answers: Readonly<Record<string, unknown>> | undefined,
  identitySource: IdentitySource,
  today: CalendarDate = bangkokDate(new Date()),
): Promise<EligibilityResult | null> {
  const service = await findActiveService(serviceCode);
  if (!service) return null;
  return evaluateEligibility(service.eligibility, { applicant, identitySource, answers, today });
}
