"use client";

import type { EligibilityFailure } from "@/lib/eligibility/evaluate";
import { askedFields, dateDraftToValue, type DraftValue } from "@/lib/kiosk/draft";
import type { Session } from "@/lib/kiosk/flow";
import { formatCalendarDate } from "@/lib/kiosk/format";
import type { KioskService } from "@/lib/kiosk/kiosk-services";
import type { FormField } from "@/lib/services/form-definition";
import { CardDetails } from "./card-details";
import { ScreenHeading } from "./screen-heading";
import type { KioskTexts, Locale } from "./texts";

type Props = {
  t: KioskTexts;
  locale: Locale;
  service: KioskService;
  session: Session;
  onChange: (key: string) => void;
  onSubmit: () => void;
  onRetry: () => void;
  onReread: () => void;
  onBack: () => void;
  /** A not_eligible refusal: why, and what to do instead. */
  refusal?: EligibilityFailure[];
};

/** GOV.UK's "check your answers": each answer with a change link, then one button to apply. */
export function ReviewScreen({ t, locale, service, session, onChange, onSubmit, onRetry, onReread, onBack, refusal }: Props) {
  const { submit } = session;
  const busy = submit.status === "sending" || submit.status === "rereading";
  const failed = submit.status === "failed" ? submit.code : null;
  const needsReread = failed === "nonce_invalid" || failed === "attestation_invalid";
  const canRetry = failed === "network" || failed === "server_error" || failed === "rate_limited";

  const rows: { key: string; label: string; value: string }[] = [
    // Only the questions asked: an answer to a question since hidden is gone from the draft too.
    ...askedFields(service.fields, session.answers).map((field) => ({ key: field.key, label: field.label[locale], value: answerText(field, session.answers[field.key], t, locale) })),
    { key: "contactPhone", label: t.form.contactPhone, value: session.contactPhone.trim() || t.review.notAnswered },
  ];

  return (
    <section className="kiosk-screen">
      <ScreenHeading>{t.review.heading}</ScreenHeading>
      <dl className="kiosk-summary kiosk-summary--service">
        <div>
          <dt>{t.review.service}</dt>
          <dd>{service.name[locale]}</dd>
        </div>
      </dl>

      <h2>{t.review.answersHeading}</h2>
      <dl className="kiosk-summary kiosk-summary--answers">
        {rows.map((row) => (
          <div key={row.key}>
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
            <dd className="kiosk-summary__action">
              <button type="button" className="kiosk-link-button" disabled={busy} onClick={() => onChange(row.key)}>
                {t.review.change}
                <span className="kiosk-visually-hidden"> {row.label}</span>
              </button>
            </dd>
          </div>
        ))}
      </dl>

      <CardDetails card={session.card} t={t} locale={locale} />

      <div aria-live="polite" className="kiosk-live">
        {submit.status === "sending" ? <p className="kiosk-notice">{t.review.sending}</p> : null}
        {submit.status === "rereading" ? <p className="kiosk-notice">{t.review.rereading}</p> : null}
      </div>
      {failed ? (
        <div className="kiosk-alert" role="alert">
          <p>{(t.submitError as Record<string, string>)[failed] ?? t.submitError.server_error}</p>
          {refusal?.map((failure, index) => (
            <p key={index}>
              {failure.message[locale]} <strong>{t.eligibility.instead}</strong> {failure.advice[locale]}
            </p>
          ))}
        </div>
      ) : null}

      <p className="kiosk-declaration">{t.review.declaration}</p>
      <div className="kiosk-actions">
        {needsReread ? (
          <button type="button" className="kiosk-button kiosk-button--primary" onClick={onReread}>
            {t.review.reread}
          </button>
        ) : failed && canRetry ? (
          <button type="button" className="kiosk-button kiosk-button--primary" onClick={onRetry}>
            {t.review.retry}
          </button>
        ) : (
          // aria-disabled rather than disabled, so the focus stays on the button while it sends;
          // a second tap is ignored (and the flow refuses a second submit anyway).
          <button type="button" className="kiosk-button kiosk-button--primary" aria-disabled={busy} onClick={busy ? undefined : onSubmit}>
            {busy ? t.review.sending : t.review.submit}
          </button>
        )}
        <button type="button" className="kiosk-button" disabled={busy} onClick={onBack}>
          {t.back}
        </button>
      </div>
    </section>
  );
}

function answerText(field: FormField, value: DraftValue | undefined, t: KioskTexts, locale: Locale): string {
  const none = t.review.notAnswered;
  switch (field.type) {
    case "yesno":
      return value === true ? t.form.yes : value === false ? t.form.no : none;
    case "single":
      return field.choices.find((c) => c.value === value)?.label[locale] ?? none;
    case "multi": {
      const chosen = Array.isArray(value) ? field.choices.filter((c) => value.includes(c.value)) : [];
      return chosen.length > 0 ? chosen.map((c) => c.label[locale]).join(", ") : none;
    }
    case "date": {
      const date = typeof value === "object" && !Array.isArray(value) ? dateDraftToValue(value) : "";
      return date === "" ? none : formatCalendarDate(date, locale);
    }
    case "number":
      return typeof value === "string" && value.trim() !== "" ? `${value.trim()}${field.unit ? ` ${field.unit[locale]}` : ""}` : none;
    default:
      return typeof value === "string" && value.trim() !== "" ? value.trim() : none;
  }
}
