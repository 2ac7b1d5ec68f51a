"use client";

import { useMemo, useState, useTransition, type FormEvent } from "react";
import type { Locale } from "@/lib/i18n/localized";
import { answersFromForm } from "@/lib/requests/counter-form-answers";
import { shownFields } from "@/lib/services/conditions";
import type { FormField } from "@/lib/services/form-definition";
import { fileForResident, type CounterFilingState } from "../actions";
import { CardReader, type CardRead } from "./card-reader";
import { ServiceField } from "./service-field";

type Props = {
  locale: Locale;
  serviceCode: string;
  fields: FormField[];
  idempotencyKey: string;
  agentUrl: string;
  texts: Record<string, string>;
  validationTexts: Record<string, string>;
};

const fill = (text: string, values: Record<string, string | number | undefined>) =>
  text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ""));

export function CounterFilingForm({ locale, serviceCode, fields, idempotencyKey, agentUrl, texts, validationTexts }: Props) {
  const [state, setState] = useState<CounterFilingState>({ status: "idle" });
  const [pending, startTransition] = useTransition();
  // Submitted by hand rather than as a form action: a form action resets the form, and an
  // officer must never retype a resident's details because one field was wrong.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(async () => setState(await fileForResident(state, data)));
  };
  const [kind, setKind] = useState<"card" | "typed">("card");
  const [read, setRead] = useState<CardRead | null>(null);
  // The answers so far, read from the form at every change, decide which conditional
  // questions are asked (lib/services/conditions.ts, as on the server). A question that
  // goes away is unmounted, so its answer leaves the form data and comes back empty.
  const definition = useMemo(() => ({ fields }), [fields]);
  const [given, setGiven] = useState<Record<string, unknown>>({});
  const asked = shownFields(definition, given);

  if (state.status === "filed") {
    const format = new Intl.DateTimeFormat(locale === "th" ? "th-TH-u-ca-buddhist" : "en-GB", { dateStyle: "long", timeZone: "UTC" });
    const day = (date: string) => format.format(new Date(`${date}T00:00:00Z`));
    return (
      <section className="counter-receipt" aria-labelledby="counter-receipt-heading">
        <h2 id="counter-receipt-heading" tabIndex={-1}>
          {texts.filed}
        </h2>
        <dl className="facts">
          <div>
            <dt>{texts.reference}</dt>
            <dd>{state.reference}</dd>
          </div>
          <div>
            <dt>{texts.ticket}</dt>
            <dd className="counter-receipt__ticket">{state.queueTicket}</dd>
          </div>
          <div>
            <dt>{texts.due}</dt>
            <dd>{day(state.dueDate)}</dd>
          </div>
          {state.acknowledgeBy ? (
            <div>
              <dt>{texts.acknowledgeBy}</dt>
              <dd>{day(state.acknowledgeBy)}</dd>
            </div>
          ) : null}
          <div>
            <dt>{texts.division}</dt>
            <dd>{state.division[locale]}</dd>
          </div>
        </dl>
        <div className="counter-receipt__qr" role="img" aria-label={texts.qrLabel} dangerouslySetInnerHTML={{ __html: state.qrSvg }} />
        <p>
          <a href={state.trackingUrl}>{state.trackingUrl}</a>
        </p>
        <p>
          <button type="button" className="button" onClick={() => window.print()}>
            {texts.print}
          </button>{" "}
          <a className="button button--secondary" href={`${locale === "en" ? "/en" : ""}/staff/requests/${state.reference}`}>
            {texts.open}
          </a>{" "}
          <a className="button button--secondary" href={locale === "en" ? "/en/staff/file" : "/staff/file"}>
            {texts.another}
          </a>
        </p>
      </section>
    );
  }

  const errors = state.status === "error" ? (state.fields ?? {}) : {};
  const word = (error?: { code: string; limit?: number | string }) =>
    error ? fill(validationTexts[error.code] ?? texts[error.code] ?? texts.invalid ?? error.code, { limit: error.limit }) : undefined;

  return (
    <form onSubmit={submit} onChange={(event) => setGiven(answersFromForm(new FormData(event.currentTarget), definition))} className="counter-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="serviceCode" value={serviceCode} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <input type="hidden" name="identityKind" value={kind} />
      {read ? (
        <>
          <input type="hidden" name="card" value={JSON.stringify(read.card)} />
          <input type="hidden" name="attestation" value={JSON.stringify(read.attestation)} />
        </>
      ) : null}

      {state.status === "error" ? (
        <div role="alert" className="form-error-summary">
          {texts[state.code] ?? texts.invalid}
        </div>
      ) : null}

      <fieldset className="field">
        <legend>{texts.identity}</legend>
        <label className="field-choice">
          <input type="radio" name="identityChoice" checked={kind === "card"} onChange={() => setKind("card")} /> {texts.fromCard}
        </label>
        <label className="field-choice">
          <input type="radio" name="identityChoice" checked={kind === "typed"} onChange={() => setKind("typed")} /> {texts.typed}
        </label>
        {kind === "card" ? (
          <>
            <CardReader agentUrl={agentUrl} texts={texts} onRead={setRead} />
            {errors.card ? <p className="field-error">{texts.cardNotRead}</p> : null}
          </>
        ) : (
          <div className="counter-typed">
            <p className="notice">{texts.typedNote}</p>
            {(["citizenId", "prefixTh", "firstTh", "lastTh", "birthDate", "address"] as const).map((key) => (
              <div className="field" key={key}>
                <label htmlFor={`typed-${key}`}>{texts[`typed_${key}`]}</label>
                {errors[key] ? (
                  <p id={`typed-${key}-error`} className="field-error">
                    {word(errors[key])}
                  </p>
                ) : null}
                <input
                  id={`typed-${key}`}
                  name={key}
                  type={key === "birthDate" ? "date" : "text"}
                  inputMode={key === "citizenId" ? "numeric" : undefined}
                  aria-invalid={errors[key] ? true : undefined}
                  aria-describedby={errors[key] ? `typed-${key}-error` : undefined}
                />
              </div>
            ))}
          </div>
        )}
      </fieldset>

      {asked.map((field) => (
        <ServiceField key={field.key} field={field} locale={locale} error={word(errors[field.key])} texts={texts} />
      ))}

      <div className="field">
        <label htmlFor="contactPhone">{texts.contactPhone}</label>
        {errors.contactPhone ? (
          <p id="contactPhone-error" className="field-error">
            {word(errors.contactPhone)}
          </p>
        ) : null}
        <input id="contactPhone" name="contactPhone" type="tel" inputMode="tel" aria-invalid={errors.contactPhone ? true : undefined} aria-describedby={errors.contactPhone ? "contactPhone-error" : undefined} />
      </div>

      <button type="submit" className="button" disabled={pending || (kind === "card" && !read)}>
        {pending ? texts.sending : texts.submit}
      </button>
    </form>
  );
}
