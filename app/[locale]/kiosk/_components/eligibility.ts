import { bangkokDate } from "@/lib/calendar/dates";
import { evaluateEligibility, type EligibilityFailure, type EligibilityResult } from "@/lib/eligibility/evaluate";
import type { CardData } from "@/lib/kiosk/contract";
import { draftsToAnswers } from "@/lib/kiosk/draft";
import type { Session } from "@/lib/kiosk/flow";
import type { KioskService } from "@/lib/kiosk/kiosk-services";

/**
 * The kiosk runs the service's rules on the card it holds, with the same pure function the
 * server files with: before the questions (the card alone), and to word a not_eligible
 * refusal on the confirm screen (card and answers). The server's decision is the one that counts.
 */
export function cardEligibility(service: KioskService, card: CardData): EligibilityResult {
  return evaluateEligibility(service.eligibility ?? [], { applicant: card, identitySource: "card_chip", today: bangkokDate(new Date()) });
}

export function refusalFailures(service: KioskService, session: Session): EligibilityFailure[] {
  const answers = draftsToAnswers(service.fields, session.answers);
  return evaluateEligibility(service.eligibility ?? [], { applicant: session.card, identitySource: "card_chip", answers, today: bangkokDate(new Date()) }).failures;
}
