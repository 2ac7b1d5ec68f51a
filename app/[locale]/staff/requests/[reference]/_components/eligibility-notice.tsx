import { getTranslations } from "next-intl/server";
import type { EligibilityFlag } from "@/lib/eligibility/flags";
import type { Locale } from "@/lib/i18n/localized";

/**
 * "Check eligibility": what the service's rules could not decide from the card, the typed
 * identity or the answers, and at the counter a filing made although a rule said no. Shown
 * above everything else, so the officer sees it before acting.
 */
export async function EligibilityNotice({ flags, locale }: { flags: EligibilityFlag[]; locale: Locale }) {
  if (flags.length === 0) return null;
  const t = await getTranslations("workflow");
  return (
    <section className="wf-eligibility" aria-labelledby="wf-eligibility-heading" data-testid="eligibility-notice">
      <h2 id="wf-eligibility-heading">{t("eligibility.heading")}</h2>
      <ul>
        {flags.map((flag, index) => (
          <li key={index}>
            {flag.kind === "failed" ? <strong>{t("eligibility.failed")} </strong> : null}
            {flag.text[locale]}
            {flag.kind === "failed" && flag.advice ? <span className="wf-eligibility__advice"> {flag.advice[locale]}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
