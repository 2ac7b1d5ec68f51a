import type { FormField } from "@/lib/services/form-definition";
import type { Locale } from "@/lib/i18n/localized";

type Props = { field: FormField; locale: Locale; error?: string; texts: Record<string, string> };

/** One question of a service's form as plain HTML inputs named `answer.<key>`. */
export function ServiceField({ field, locale, error, texts }: Props) {
  const id = `answer-${field.key}`;
  const name = `answer.${field.key}`;
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
            { value: "yes", label: { th: "ใช่", en: "Yes" } },
            { value: "no", label: { th: "ไม่ใช่", en: "No" } },
          ]
        : field.choices;
    return (
      <fieldset className="field" aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
        <legend>{label}</legend>
        {help}
        {message}
        {choices.map((choice) => (
          <label key={choice.value} className="field-choice">
            <input type={field.type === "multi" ? "checkbox" : "radio"} name={name} value={choice.value} />
            {choice.label[locale]}
          </label>
        ))}
      </fieldset>
    );
  }
  const common = { id, name, "aria-describedby": describedBy, "aria-invalid": error ? true : undefined } as const;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {help}
      {message}
      {field.type === "longtext" ? (
        <textarea {...common} rows={4} maxLength={field.maxLength} />
      ) : (
        <input
          {...common}
          type={field.type === "number" ? "text" : field.type === "date" ? "date" : "text"}
          inputMode={field.type === "number" ? "decimal" : field.type === "text" && field.format === "phone" ? "tel" : undefined}
          maxLength={field.type === "text" ? field.maxLength : undefined}
        />
      )}
    </div>
  );
}
