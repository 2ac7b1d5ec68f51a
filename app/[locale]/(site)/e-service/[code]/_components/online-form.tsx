"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import type { Locale } from "@/lib/i18n/localized";
import { ONLINE_API_PATH, type OnlineError, type OnlineFiled } from "@/lib/online/contract";
import { shownFields } from "@/lib/services/conditions";
import type { FormField } from "@/lib/services/form-definition";
import { AttachmentField } from "./attachment-field";
import { citizenIdProblem, emptyValues, fileProblem, fill, IDENTITY_INPUTS, toFormData, type FormValues } from "./form-state";
import { IdentityFields } from "./identity-fields";
import { PlaceField } from "./place-field";
import { Question } from "./question";
import { Receipt } from "./receipt";
import { Review } from "./review";

type Props = {
  locale: Locale;
  service: { code: string; location: "none" | "optional"; fields: FormField[] };
  idempotencyKey: string;
  texts: Record<string, string>;
  validationTexts: Record<string, string>;
};

type Step = "fill" | "check" | "sending" | "filed";
type Problem = { code: string; limit?: number | string };

export function OnlineForm({ locale, service, idempotencyKey, texts, validationTexts }: Props) {
  const [values, setValues] = useState<FormValues>(emptyValues);
  const [step, setStep] = useState<Step>("fill");
  const [errors, setErrors] = useState<Record<string, Problem>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [reasons, setReasons] = useState<{ th: string; en: string }[]>([]);
  const [filed, setFiled] = useState<OnlineFiled | null>(null);
  const honeypot = useRef<HTMLInputElement>(null);
  const headingFocus = useRef(false);

  // Hidden questions are neither shown nor sent; their answers fall away with them.
  const shown = shownFields({ fields: service.fields }, values.answers);
  const totalFiles = shown.reduce((sum, field) => sum + (field.type === "file" ? (values.files[field.key]?.length ?? 0) : 0), 0);
  const word = (problem: Problem | undefined) => (problem ? fill(validationTexts[problem.code] ?? validationTexts.required, { limit: problem.limit }) : undefined);

  useEffect(() => {
    if (!headingFocus.current) return;
    headingFocus.current = false;
    document.getElementById(step === "filed" ? "receipt-heading" : step === "check" ? "check-heading" : "form-alert")?.focus();
  }, [step, alert]);

  const goTo = (next: Step) => {
    headingFocus.current = true;
    setStep(next);
  };

  const check = (event: FormEvent) => {
    event.preventDefault();
    const found = localProblems(values, shown);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      headingFocus.current = true;
      setAlert(texts.fixErrors!);
      return;
    }
    setAlert(null);
    goTo("check");
  };

  const submit = async () => {
    setStep("sending");
    const body = toFormData(values, shown, { serviceCode: service.code, locale, idempotencyKey, honeypot: honeypot.current?.value ?? "" });
    let reply: Response;
    try {
      reply = await fetch(ONLINE_API_PATH, { method: "POST", body, credentials: "same-origin" });
    } catch {
      return back(texts.error_network!);
    }
    const answer = (await reply.json().catch(() => ({ error: { code: "server_error" } }))) as OnlineFiled | OnlineError;
    if ("reference" in answer) {
      setFiled(answer);
      return goTo("filed");
    }
    setErrors(answer.error.fields ?? {});
    setReasons(answer.error.reasons ?? []);
    back(fill(texts[`error_${answer.error.code}`] ?? texts.error_server_error, { minutes: answer.error.retryAfterMinutes }));
  };

  // Any failure returns to the form with everything still typed.
  const back = (message: string) => {
    headingFocus.current = true;
    setAlert(message);
    setStep("fill");
  };

  if (step === "filed" && filed) return <Receipt filed={filed} locale={locale} texts={texts} />;

  const steps = (
    <ol className="online-steps" aria-label={texts.formKicker}>
      {(["stepFill", "stepCheck", "stepDone"] as const).map((key, index) => (
        <li key={key} aria-current={(step === "fill" ? 0 : 1) === index ? "step" : undefined}>
          {index + 1}. {texts[key]}
        </li>
      ))}
    </ol>
  );

  if (step === "check" || step === "sending") {
    return (
      <div className="online-form">
        {steps}
        <Review locale={locale} shown={shown} values={values} askPlace={service.location !== "none"} texts={texts} />
        <div className="online-form__actions">
          <button type="button" className="online-form__primary" onClick={submit} disabled={step === "sending"} aria-busy={step === "sending"}>
            {step === "sending" ? texts.submitting : texts.submit}
          </button>
          <button type="button" className="online-form__secondary" onClick={() => goTo("fill")} disabled={step === "sending"}>
            {texts.edit}
          </button>
        </div>
      </div>
    );
  }

  return (
    <form className="online-form" onSubmit={check} noValidate>
      {steps}
      {alert ? (
        <div id="form-alert" className="online-alert" role="alert" tabIndex={-1}>
          <p>
            <strong>{alert}</strong>
          </p>
          {reasons.map((reason, index) => (
            <p key={index}>{reason[locale]}</p>
          ))}
          {reasons.length > 0 ? <p>{texts.eligibilityHelp}</p> : null}
        </div>
      ) : null}
      <IdentityFields
        values={values.identity}
        errors={Object.fromEntries(IDENTITY_INPUTS.map((name) => [name, word(errors[name])]))}
        texts={texts}
        validation={validationTexts}
        onChange={(name, value) => setValues((v) => ({ ...v, identity: { ...v.identity, [name]: value } }))}
      />
      <fieldset>
        <legend>{texts.questions}</legend>
        {shown.length === 0 ? <p>{texts.noQuestions}</p> : null}
        {shown.map((field) =>
          field.type === "file" ? (
            <AttachmentField
              key={field.key}
              field={field}
              locale={locale}
              files={values.files[field.key] ?? []}
              totalFiles={totalFiles}
              error={word(errors[`file.${field.key}`] ?? errors[`answer.${field.key}`])}
              texts={texts}
              onChange={(files) => setValues((v) => ({ ...v, files: { ...v.files, [field.key]: files } }))}
            />
          ) : (
            <Question
              key={field.key}
              field={field}
              locale={locale}
              value={values.answers[field.key]}
              error={word(errors[`answer.${field.key}`])}
              texts={texts}
              onChange={(value) => setValues((v) => ({ ...v, answers: { ...v.answers, [field.key]: value } }))}
            />
          ),
        )}
      </fieldset>
      {service.location !== "none" ? (
        <PlaceField
          place={values.place}
          error={word(errors.coordinates)}
          texts={texts}
          onChange={(place) => setValues((v) => ({ ...v, place }))}
        />
      ) : null}
      <div className="online-form__trap" aria-hidden="true">
        <label htmlFor="website">{texts.honeypot}</label>
        <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" ref={honeypot} />
      </div>
      <div className="online-form__actions">
        <button type="submit" className="online-form__primary">
          {texts.next}
        </button>
      </div>
    </form>
  );
}

/** What can be told before sending: missing answers, a wrong check digit, an unusable file. The server checks it all again. */
function localProblems(values: FormValues, shown: FormField[]): Record<string, Problem> {
  const problems: Record<string, Problem> = {};
  for (const name of IDENTITY_INPUTS) {
    if (name !== "email" && !values.identity[name]?.trim()) problems[name] = { code: "required" };
  }
  const idProblem = values.identity.citizenId?.trim() ? citizenIdProblem(values.identity.citizenId) : null;
  if (idProblem) problems.citizenId = { code: idProblem };
  for (const field of shown) {
    if (field.type === "file") {
      const files = values.files[field.key] ?? [];
      const bad = files.map(fileProblem).find(Boolean);
      if (bad) problems[`file.${field.key}`] = { code: bad };
      else if (field.required && files.length === 0) problems[`file.${field.key}`] = { code: "required" };
      continue;
    }
    const answer = values.answers[field.key];
    const empty = answer === undefined || (Array.isArray(answer) ? answer.length === 0 : answer.trim() === "");
    if (field.required && empty) problems[`answer.${field.key}`] = { code: "required" };
  }
  return problems;
}
