import type { DateParts } from "@/lib/admin/thai-date-input";
import type { Locale } from "@/lib/i18n/localized";

type Props = {
  /** Field names are `${name}Day`, `${name}Month`, `${name}Year`. */
  name: string;
  legend: string;
  value: DateParts;
  years: number[];
  locale: Locale;
  labels: { day: string; month: string; year: string; hint: string };
  error?: string;
};

const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);
const DAYS = Array.from({ length: 31 }, (_, index) => index + 1);

/**
 * A date as day, month and year selects, server-rendered: Thai month names and Buddhist-era
 * years on the Thai page (Gregorian years in English), whatever the browser's own locale.
 */
export function ThaiDateSelect({ name, legend, value, years, locale, labels, error }: Props) {
  const monthName = new Intl.DateTimeFormat(locale === "th" ? "th-TH" : "en-GB", { month: "long", timeZone: "UTC" });
  const hintId = `${name}-hint`;
  const errorId = `${name}-error`;
  const describedBy = error ? `${hintId} ${errorId}` : hintId;
  const shownYears = value.year && !years.includes(Number(value.year)) ? [Number(value.year), ...years] : years;
  return (
    <fieldset className={`admin-field audit-date${error ? " admin-field--error" : ""}`} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      <p className="admin-hint" id={hintId}>
        {labels.hint}
      </p>
      {error ? (
        <p className="admin-error" id={errorId}>
          {error}
        </p>
      ) : null}
      <div className="audit-date__parts">
        <label>
          <span className="visually-hidden">{labels.day}</span>
          <select name={`${name}Day`} defaultValue={value.day} aria-invalid={error ? true : undefined}>
            <option value="">{labels.day}</option>
            {DAYS.map((day) => (
              <option key={day} value={day}>
                {day}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="visually-hidden">{labels.month}</span>
          <select name={`${name}Month`} defaultValue={value.month} aria-invalid={error ? true : undefined}>
            <option value="">{labels.month}</option>
            {MONTHS.map((month) => (
              <option key={month} value={month}>
                {monthName.format(new Date(Date.UTC(2000, month - 1, 1)))}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="visually-hidden">{labels.year}</span>
          {/* The value is always the Buddhist-era year; English shows the Gregorian one. */}
          <select name={`${name}Year`} defaultValue={value.year} aria-invalid={error ? true : undefined}>
            <option value="">{labels.year}</option>
            {shownYears.map((year) => (
              <option key={year} value={year}>
                {locale === "th" ? year : year - 543}
              </option>
            ))}
          </select>
        </label>
      </div>
    </fieldset>
  );
}
