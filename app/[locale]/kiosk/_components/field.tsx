"use client";

import type { ReactNode } from "react";
import type { DateDraft, DraftValue } from "@/lib/kiosk/draft";
import type { AnswerError } from "@/lib/services/answers";
import type { FormField } from "@/lib/services/form-definition";
import { errorText, type KioskTexts, type Locale } from "./texts";

export const fieldId = (key: string) => `kf-${key}`;

type Props = {
  field: FormField;
  value: DraftValue | undefined;
  error: AnswerError | undefined;
  t: KioskTexts;
  locale: Locale;
  onChange: (value: DraftValue | undefined) => void;
};

/** One question of a service's form, by type; errors and help are tied to it by aria-describedby. */
export function Field({ field, value, error, t, locale, onChange }: Props) {
  const id = fieldId(field.key);
  const helpId = field.help ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [helpId, errorId].filter(Boolean).join(" ") || undefined;
  const label = (
    <>
      {field.label[locale]}
      {field.required ? null : <span className="kiosk-field__optional"> ({t.form.optional})</span>}
    </>
  );
  const notes = (
    <>
      {field.help ? (
        <p id={helpId} className="kiosk-field__help">
          {field.help[locale]}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="kiosk-field__error">
          <span className="kiosk-visually-hidden">{t.form.errorPrefix} </span>
          {errorText(t, error)}
        </p>
      ) : null}
    </>
  );
  const common = {
    id,
    "aria-describedby": describedBy,
    "aria-invalid": error ? true : undefined,
    "aria-required": field.required || undefined,
  } as const;
  const className = `kiosk-field${error ? " kiosk-field--error" : ""}`;
  const text = typeof value === "string" ? value : "";

  switch (field.type) {
    case "text":
    case "number":
      return (
        <div className={className}>
          <label htmlFor={id} className="kiosk-field__label">
            {label}
          </label>
          {notes}
          <div className="kiosk-field__row">
            <input
              {...common}
              type={field.type === "text" && field.format === "phone" ? "tel" : "text"}
              inputMode={field.type === "number" ? (field.integer ? "numeric" : "decimal") : field.format === "phone" ? "tel" : "text"}
              maxLength={field.type === "text" ? field.maxLength : 30}
              autoComplete="off"
              spellCheck={false}
              className="kiosk-input"
              value={text}
              onChange={(event) => onChange(event.target.value)}
            />
            {field.type === "number" && field.unit ? <span className="kiosk-field__unit">{field.unit[locale]}</span> : null}
          </div>
        </div>
      );
    case "longtext":
      return (
        <div className={className}>
          <label htmlFor={id} className="kiosk-field__label">
            {label}
          </label>
          {notes}
          <textarea
            {...common}
            rows={4}
            maxLength={field.maxLength}
            autoComplete="off"
            className="kiosk-input kiosk-input--long"
            value={text}
            onChange={(event) => onChange(event.target.value)}
          />
        </div>
      );
    case "single":
    case "yesno": {
      const choices =
        field.type === "single"
          ? field.choices.map((choice) => ({ value: choice.value, label: choice.label[locale] }))
          : [
              { value: "yes", label: t.form.yes },
              { value: "no", label: t.form.no },
            ];
      const current = field.type === "yesno" ? (value === true ? "yes" : value === false ? "no" : "") : text;
      return (
        <Group className={className} legend={label} notes={notes} describedBy={describedBy} wide={field.type === "yesno"}>
          {choices.map((choice, index) => (
            <label key={choice.value} className="kiosk-choice">
              <input
                {...(index === 0 ? common : { "aria-invalid": common["aria-invalid"] })}
                type="radio"
                name={id}
                value={choice.value}
                checked={current === choice.value}
                onChange={() => onChange(field.type === "yesno" ? choice.value === "yes" : choice.value)}
              />
              <span>{choice.label}</span>
            </label>
          ))}
        </Group>
      );
    }
    case "multi": {
      const selected = Array.isArray(value) ? value : [];
      return (
        <Group
          className={className}
          legend={label}
          notes={
            <>
              {field.maxSelected ? <p className="kiosk-field__help">{t.form.chooseUpTo.replace("{limit}", String(field.maxSelected))}</p> : null}
              {notes}
            </>
          }
          describedBy={describedBy}
        >
          {field.choices.map((choice, index) => (
            <label key={choice.value} className="kiosk-choice">
              <input
                {...(index === 0 ? common : { "aria-invalid": common["aria-invalid"] })}
                type="checkbox"
                value={choice.value}
                checked={selected.includes(choice.value)}
                onChange={(event) =>
                  onChange(event.target.checked ? [...selected, choice.value] : selected.filter((v) => v !== choice.value))
                }
              />
              <span>{choice.label[locale]}</span>
            </label>
          ))}
        </Group>
      );
    }
    case "date":
      return <DateField className={className} id={id} label={label} notes={notes} describedBy={describedBy} common={common} value={value} t={t} locale={locale} onChange={onChange} />;
    case "file":
      return null; // never offered at the kiosk (lib/kiosk/kiosk-services.ts)
  }
}

function Group(props: { className: string; legend: ReactNode; notes: ReactNode; describedBy: string | undefined; wide?: boolean; children: ReactNode }) {
  return (
    <fieldset className={props.className} aria-describedby={props.describedBy}>
      <legend className="kiosk-field__label">{props.legend}</legend>
      {props.notes}
      <div className={`kiosk-choices${props.wide ? " kiosk-choices--two" : ""}`}>{props.children}</div>
    </fieldset>
  );
}

const EMPTY_DATE: DateDraft = { day: "", month: "", year: "" };

function DateField(props: {
  className: string;
  id: string;
  label: ReactNode;
  notes: ReactNode;
  describedBy: string | undefined;
  common: Record<string, unknown>;
  value: DraftValue | undefined;
  t: KioskTexts;
  locale: Locale;
  onChange: (value: DraftValue) => void;
}) {
  const { id, t, locale } = props;
  const date = typeof props.value === "object" && !Array.isArray(props.value) ? props.value : EMPTY_DATE;
  const set = (part: keyof DateDraft, text: string) => props.onChange({ ...date, [part]: text });
  const monthName = new Intl.DateTimeFormat(locale === "th" ? "th-TH" : "en-GB", { month: "long", timeZone: "UTC" });
  const invalid = props.common["aria-invalid"] as boolean | undefined;
  return (
    <fieldset className={props.className} aria-describedby={props.describedBy}>
      <legend className="kiosk-field__label">{props.label}</legend>
      {props.notes}
      <div className="kiosk-date">
        <label className="kiosk-date__part">
          <span>{t.form.day}</span>
          <select {...props.common} className="kiosk-input" value={date.day} onChange={(e) => set("day", e.target.value)}>
            <option value="">–</option>
            {Array.from({ length: 31 }, (_, i) => (
              <option key={i} value={String(i + 1)}>
                {i + 1}
              </option>
            ))}
          </select>
        </label>
        <label className="kiosk-date__part kiosk-date__part--month">
          <span>{t.form.month}</span>
          <select id={`${id}-month`} aria-invalid={invalid} className="kiosk-input" value={date.month} onChange={(e) => set("month", e.target.value)}>
            <option value="">–</option>
            {Array.from({ length: 12 }, (_, i) => (
              <option key={i} value={String(i + 1)}>
                {monthName.format(new Date(Date.UTC(2000, i, 1)))}
              </option>
            ))}
          </select>
        </label>
        <label className="kiosk-date__part">
          <span>{t.form.year}</span>
          <input
            id={`${id}-year`}
            aria-invalid={invalid}
            className="kiosk-input"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            maxLength={4}
            placeholder={String(new Date().getFullYear() + (locale === "th" ? 543 : 0))}
            value={date.year}
            onChange={(e) => set("year", e.target.value)}
          />
        </label>
      </div>
    </fieldset>
  );
}
