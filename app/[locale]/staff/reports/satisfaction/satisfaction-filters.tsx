import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/localized";
import { getPathname } from "@/lib/i18n/navigation";
import { ALL_DIVISIONS } from "@/lib/reports/choose-report";

type Props = {
  locale: Locale;
  divisions: { code: string; nameTh: string; nameEn: string }[];
  division: string;
  years: number[];
  year: number;
  months: string[];
  month: string;
  /** The combined choice's name ("all divisions of the municipality" or "all my divisions"). */
  allLabel: string;
};

/** Division, fiscal year and month: a plain GET form, so it works without JavaScript and the address can be shared. */
export async function SatisfactionFilters({ locale, divisions, division, years, year, months, month, allLabel }: Props) {
  const t = await getTranslations("survey.staff");
  const reports = await getTranslations("reports");
  const monthName = new Intl.DateTimeFormat(locale === "th" ? "th-TH-u-ca-buddhist" : "en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
  return (
    <form method="get" action={getPathname({ href: "/staff/reports/satisfaction", locale })} className="report-filters" aria-label={t("filters")}>
      {divisions.length > 1 ? (
        <div className="form-field">
          <label htmlFor="satisfaction-division">{reports("division")}</label>
          <select id="satisfaction-division" name="division" defaultValue={division}>
            <option value={ALL_DIVISIONS}>{allLabel}</option>
            {divisions.map((d) => (
              <option key={d.code} value={d.code}>
                {locale === "th" ? d.nameTh : d.nameEn}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <input type="hidden" name="division" value={division} />
      )}
      <div className="form-field">
        <label htmlFor="satisfaction-year">{reports("year")}</label>
        <select id="satisfaction-year" name="year" defaultValue={String(year)}>
          {(years.includes(year) ? years : [year, ...years]).map((y) => (
            <option key={y} value={y}>
              {reports("yearOption", locale === "th" ? { year: y, startYear: y - 1, endYear: y } : { year: y, startYear: y - 544, endYear: y - 543 })}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label htmlFor="satisfaction-month">{t("period")}</label>
        <select id="satisfaction-month" name="month" defaultValue={month}>
          <option value="year">{t("wholeYear")}</option>
          {months.map((m) => (
            <option key={m} value={m}>
              {monthName.format(new Date(`${m}-01T00:00:00Z`))}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button">
        {t("show")}
      </button>
    </form>
  );
}
