"use client";

import { useEffect, useRef } from "react";
import { askedFields, CONTACT_PHONE, orderedErrorKeys, type DraftValue } from "@/lib/kiosk/draft";
import type { Session } from "@/lib/kiosk/flow";
import type { KioskService } from "@/lib/kiosk/kiosk-services";
import { CardDetails } from "./card-details";
import { Field, fieldId } from "./field";
import { ScreenHeading } from "./screen-heading";
import { errorText, type KioskTexts, type Locale } from "./texts";

type Props = {
  t: KioskTexts;
  locale: Locale;
  service: KioskService;
  session: Session;
  onAnswer: (key: string, value: DraftValue | undefined) => void;
  onPhone: (value: string) => void;
  onNext: () => void;
  onBack: () => void;
};

export function focusField(key: string) {
  const element = document.getElementById(fieldId(key));
  if (!element) return;
  element.focus();
  element.scrollIntoView({ block: "center" });
}

/**
 * The service's questions; nothing the card gave is asked again. A conditional question
 * appears below the answer that calls for it as soon as that answer is given. Errors come
 * from the kiosk's check or the server's 422.
 */
export function FormScreen({ t, locale, service, session, onAnswer, onPhone, onNext, onBack }: Props) {
  const summaryRef = useRef<HTMLDivElement>(null);
  const errorKeys = orderedErrorKeys(service.fields, session.fieldErrors);
  const hasErrors = errorKeys.length > 0;
  const asked = askedFields(service.fields, session.answers);
  const { focusField: target, errorRound } = session;

  useEffect(() => {
    if (target) focusField(target);
  }, [target]);
  useEffect(() => {
    if (errorRound > 0) summaryRef.current?.focus();
  }, [errorRound]);

  const labelOf = (key: string) =>
    key === CONTACT_PHONE ? t.form.contactPhone : (service.fields.find((f) => f.key === key)?.label[locale] ?? key);
  const phoneError = session.fieldErrors[CONTACT_PHONE];
  const phoneId = fieldId(CONTACT_PHONE);

  return (
    <section className="kiosk-screen">
      <p className="kiosk-kicker">{t.form.kicker}</p>
      <ScreenHeading focus={!target && errorRound === 0}>{service.name[locale]}</ScreenHeading>

      {hasErrors ? (
        <div ref={summaryRef} className="kiosk-error-summary" tabIndex={-1} role="alert" aria-labelledby="kiosk-error-summary">
          <h2 id="kiosk-error-summary">{t.form.errorSummary}</h2>
          <ul>
            {errorKeys.map((key) => (
              <li key={key}>
                <a
                  href={`#${fieldId(key)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    focusField(key);
                  }}
                >
                  {labelOf(key)}: {errorText(t, session.fieldErrors[key]!)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <CardDetails card={session.card} t={t} locale={locale} />

      <form
        noValidate
        autoComplete="off"
        className="kiosk-form"
        onSubmit={(event) => {
          event.preventDefault();
          onNext();
        }}
      >
        <h2>{t.form.questionsHeading}</h2>
        {service.fields.length === 0 ? <p>{t.form.noQuestions}</p> : null}
        {asked.map((field) => (
          <Field
            key={field.key}
            field={field}
            value={session.answers[field.key]}
            error={session.fieldErrors[field.key]}
            t={t}
            locale={locale}
            onChange={(value) => onAnswer(field.key, value)}
          />
        ))}

        <div className={`kiosk-field${phoneError ? " kiosk-field--error" : ""}`}>
          <label htmlFor={phoneId} className="kiosk-field__label">
            {t.form.contactPhone}
          </label>
          <p id={`${phoneId}-help`} className="kiosk-field__help">
            {t.form.contactPhoneHelp}
          </p>
          {phoneError ? (
            <p id={`${phoneId}-error`} className="kiosk-field__error">
              <span className="kiosk-visually-hidden">{t.form.errorPrefix} </span>
              {errorText(t, phoneError)}
            </p>
          ) : null}
          <input
            id={phoneId}
            className="kiosk-input kiosk-input--phone"
            type="tel"
            inputMode="tel"
            autoComplete="off"
            maxLength={20}
            aria-required="true"
            aria-invalid={phoneError ? true : undefined}
            aria-describedby={`${phoneId}-help${phoneError ? ` ${phoneId}-error` : ""}`}
            value={session.contactPhone}
            onChange={(event) => onPhone(event.target.value)}
          />
        </div>

        <div className="kiosk-actions">
          <button type="submit" className="kiosk-button kiosk-button--primary">
            {t.form.next}
          </button>
          <button type="button" className="kiosk-button" onClick={onBack}>
            {t.back}
          </button>
        </div>
      </form>
    </section>
  );
}
