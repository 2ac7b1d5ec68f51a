"use server";

import { headers } from "next/headers";
import { clientAddress } from "@/lib/auth/client-address";
import { isLocale } from "@/lib/i18n/localized";
import { redirect } from "@/lib/i18n/navigation";
import { SURVEY_DIMENSIONS } from "@/lib/survey/questions";
import { allowSurveySubmission } from "@/lib/survey/submit-limit";
import { submitSurvey } from "@/lib/survey/submit";
import type { SurveyFieldErrors } from "@/lib/survey/survey-input";

export type SurveyFormState = {
  attempt: number;
  error?: "invalid" | "throttled" | "failed";
  errors?: SurveyFieldErrors;
  /** What was chosen and typed, so a refused form comes back filled in. */
  values?: Record<string, string>;
};

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value.slice(0, 2000) : "";
};

/**
 * The survey form's action (Next.js checks its Origin). Counted per address before anything
 * is read, so a flood is turned away cheaply; on success the page shows its thanks.
 */
export async function submitSurveyAction(previous: SurveyFormState, form: FormData): Promise<SurveyFormState> {
  const attempt = previous.attempt + 1;
  const locale = isLocale(form.get("locale")) ? (form.get("locale") as "th" | "en") : "th";
  const token = text(form, "token");
  const values = Object.fromEntries([...SURVEY_DIMENSIONS, "comment"].map((name) => [name, text(form, name)]));
  if (!(await allowSurveySubmission(clientAddress(await headers())))) return { attempt, error: "throttled", values };
  const result = await submitSurvey(token, values);
  if (result.status === "invalid") return { attempt, error: "invalid", errors: result.errors, values };
  if (result.status === "not_found") return { attempt, error: "failed", values };
  // Saved, or answered or not yet open in the meantime: the page says which.
  const query: Record<string, string> = result.status === "saved" ? { sent: "1" } : {};
  return redirect({ href: { pathname: `/track/${encodeURIComponent(token)}/survey`, query }, locale });
}
