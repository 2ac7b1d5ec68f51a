import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/localized";
import { getPathname } from "@/lib/i18n/navigation";
import { ALL_DIVISIONS } from "@/lib/reports/choose-report";

type Props = {
  divisions: { code: string; nameTh: string; nameEn: string }[];
  division: string;
  years: number[];
  year: number;
  locale: Locale;
  /** The combined report's name in the division list ("all divisions of the municipality" or "all my divisions"). */
  allLabel: string;
};

/** Division (when the person has several) and fiscal year (named by its Buddhist year; English also gives the Gregorian months): a plain GET form, so it works without JavaScript and the address can be shared. */
export async function ReportFilters({ divisions, division, years, year, locale, allLabel }: Props) {
  const t = await getTranslations("reports");
  return (
    <form method="get" action={getPathname({ href: "/staff/reports", locale })} className="report-filters" aria-label={t("filters")}>
      {divisions.length > 1 ? (
        <div className="form-field">
          <label htmlFor="report-division">{t("division")}</label>
          <select id="report-division" name="division" defaultValue={division}>
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
        <label htmlFor="report-year">{t("year")}</label>
        <select id="report-year" name="year" defaultValue={String(year)}>
          {(years.includes(year) ? years : [year, ...years]).map((y) => (
            <option key={y} value={y}>
              {t("yearOption", locale === "th" ? { year: y, startYear: y - 1, endYear: y } : { year: y, startYear: y - 544, endYear: y - 543 })}
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
