"use client";

import type { EligibilityFailure } from "@/lib/eligibility/evaluate";
import type { KioskService } from "@/lib/kiosk/kiosk-services";
import { ScreenHeading } from "./screen-heading";
import type { KioskTexts, Locale } from "./texts";

type Props = {
  t: KioskTexts;
  locale: Locale;
  service: KioskService;
  failures: EligibilityFailure[];
  onBack: () => void;
  /** Every failure would lift with one answer (applying on someone's behalf): offer to go on. */
  onContinue: (() => void) | null;
};

/**
 * Said kindly, before any question: the card shows this service is not for the resident
 * (too young, registered elsewhere), what they can do instead, and the way back.
 */
export function EligibilityScreen({ t, locale, service, failures, onBack, onContinue }: Props) {
  const liftedBy = onContinue ? failures[0]?.unless : undefined;
  const question = liftedBy ? service.fields.find((field) => field.key === liftedBy.field) : undefined;
  return (
    <section className="kiosk-screen" data-testid="kiosk-not-eligible">
      <ScreenHeading>{t.eligibility.heading}</ScreenHeading>
      <p className="kiosk-lead">{service.name[locale]}</p>
      <p>{t.eligibility.intro}</p>
      <ul className="kiosk-eligibility">
        {failures.map((failure, index) => (
          <li key={index} className="kiosk-notice">
            <p>{failure.message[locale]}</p>
            <p>
              <strong>{t.eligibility.instead}</strong> {failure.advice[locale]}
            </p>
          </li>
        ))}
      </ul>
      <p>{t.eligibility.askCounter}</p>
      {question ? <p className="kiosk-eligibility__question">{question.label[locale]}</p> : null}
      <div className="kiosk-actions">
        <button type="button" className="kiosk-button kiosk-button--primary" onClick={onBack}>
          {t.eligibility.backToServices}
        </button>
        {onContinue && question ? (
          <button type="button" className="kiosk-button" onClick={onContinue}>
            {t.eligibility.continueAnyway}
          </button>
        ) : null}
      </div>
    </section>
  );
}
