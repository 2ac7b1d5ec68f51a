"use client";

import type { Locale } from "@/lib/i18n/localized";
import type { FormField } from "@/lib/services/form-definition";

type Props = {
  field: Exclude<FormField, { type: "file" }>;
  locale: Locale;
  value: string | string[] | undefined;
  error?: string;
  texts: Record<string, string>;
  onChange: (value: string | string[]) => void;
};

/** One question of the service's form, controlled so that conditional questions follow it at once. */
export function Question({ field, locale, value, error, texts, onChange }: Props) {
  const id = `answer-${field.key}`;
  const describedBy = [field.help ? `${id}-help` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  const label = (
    <>
      {field.label[locale]} <span className="field-required">({field.required ? texts.required : texts.optional})</span>
    </>
  );
  const help = field.help ? <p id={`${id}-help`} className="field-help">{field.help[locale]}</p> : null;
  const message = error ? <p id={`${id}-error`} className="field-error">{error}</p> : null;

  if (field.type === "single" || field.type === "multi" || field.type === "yesno") {
    const choices =
      field.type === "yesno"
        ? [
            { value: "yes", label: { th: texts.yes ?? "ใช่", en: texts.yes ?? "Yes" } },
            { value: "no", label: { th: texts.no ?? "ไม่ใช่", en: texts.no ?? "No" } },
          ]
        : field.choices;
    const picked = Array.isArray(value) ? value : value ? [value] : [];
    return (
      <fieldset className="field" aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
        <legend>{label}</legend>
        {help}
        {message}
        {choices.map((choice) => (
          <label key={choice.value} className="field-choice">
            <input
              type={field.type === "multi" ? "checkbox" : "radio"}
              name={`answer.${field.key}`}
              value={choice.value}
              checked={picked.includes(choice.value)}
              onChange={(event) =>
                onChange(
                  field.type === "multi"
                    ? event.target.checked
                      ? [...picked, choice.value]
                      : picked.filter((v) => v !== choice.value)
                    : choice.value,
                )
              }
            />
            {choice.label[locale]}
          </label>
        ))}
      </fieldset>
    );
  }
  const common = {
    id,
    name: `answer.${field.key}`,
    value: typeof value === "string" ? value : "",
    "aria-describedby": describedBy,
    "aria-invalid": error ? true : undefined,
    "aria-required": field.required || undefined,
  } as const;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {help}
      {message}
      {field.type === "longtext" ? (
        <textarea {...common} rows={4} maxLength={field.maxLength} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          {...common}
          type={field.type === "date" ? "date" : field.type === "text" && field.format === "phone" ? "tel" : "text"}
          inputMode={field.type === "number" ? "decimal" : undefined}
          maxLength={field.type === "text" ? field.maxLength : 40}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </div>
  );
}
