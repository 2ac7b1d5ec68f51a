"use client";

import type { Locale } from "@/lib/i18n/localized";
import type { FormField } from "@/lib/services/form-definition";
import { formatSize, IDENTITY_INPUTS, type FormValues } from "./form-state";

type Props = { locale: Locale; shown: FormField[]; values: FormValues; askPlace: boolean; texts: Record<string, string> };

/** Check your answers: exactly what will be filed, and only the questions that were asked. */
export function Review({ locale, shown, values, askPlace, texts }: Props) {
  const none = texts.none;
  return (
    <>
      <h2 id="check-heading" tabIndex={-1}>{texts.checkTitle}</h2>
      <p>{texts.checkLead}</p>
      <section aria-labelledby="review-identity">
        <h3 id="review-identity">{texts.aboutYou}</h3>
        <dl className="online-review">
          {IDENTITY_INPUTS.map((name) => (
            <div key={name}>
              <dt>{texts[name]}</dt>
              <dd>{values.identity[name] || none}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="review-answers">
        <h3 id="review-answers">{texts.questions}</h3>
        {shown.length === 0 ? <p>{texts.noQuestions}</p> : null}
        <dl className="online-review">
          {shown.map((field) => (
            <div key={field.key}>
              <dt>{field.label[locale]}</dt>
              <dd>{answerText(field, values, locale, texts) || none}</dd>
            </div>
          ))}
          {askPlace ? (
            <div>
              <dt>{texts.place}</dt>
              <dd>
                {values.place.latitude ? `${values.place.latitude}, ${values.place.longitude}` : none}
              </dd>
            </div>
          ) : null}
        </dl>
      </section>
    </>
  );
}

function answerText(field: FormField, values: FormValues, locale: Locale, texts: Record<string, string>): string {
  if (field.type === "file") return (values.files[field.key] ?? []).map((f) => `${f.name} (${formatSize(f.size)})`).join("\n");
  const answer = values.answers[field.key];
  if (field.type === "yesno") return answer === "yes" ? texts.yes! : answer === "no" ? texts.no! : "";
  if (field.type === "single" || field.type === "multi") {
    const picked = Array.isArray(answer) ? answer : answer ? [answer] : [];
    return picked.map((value) => field.choices.find((c) => c.value === value)?.label[locale] ?? value).join(", ");
  }
  return typeof answer === "string" ? answer : "";
}
