import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/localized";
import { figuresOf, type GroupKey, type SurveySummary } from "@/lib/survey/aggregate";
import { QUESTIONS, SURVEY_DIMENSIONS } from "@/lib/survey/questions";

/** A group's fiscal year month by month: answers and the mean of each question, or why a month is hidden. */
export async function MonthTable({ summary, group, locale, caption }: { summary: SurveySummary; group: GroupKey; locale: Locale; caption: string }) {
  const t = await getTranslations("survey");
  const monthName = new Intl.DateTimeFormat(locale === "th" ? "th-TH-u-ca-buddhist" : "en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
  const number = new Intl.NumberFormat(locale === "th" ? "th-TH" : "en-GB");
  const mean = new Intl.NumberFormat(locale === "th" ? "th-TH" : "en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return (
    <div className="report-table-wrap">
      <table className="board-table report-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("staff.month")}</th>
            <th scope="col" className="report-number">
              {t("staff.count")}
            </th>
            {SURVEY_DIMENSIONS.map((dimension) => (
              <th scope="col" key={dimension} className="report-number">
                {QUESTIONS[dimension][locale]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {summary.months.map((month) => {
            const figures = figuresOf(summary, group, month);
            return (
              <tr key={month}>
                <th scope="row">{monthName.format(new Date(`${month}-01T00:00:00Z`))}</th>
                {figures.shown ? (
                  <>
                    <td className="report-number">{number.format(figures.count)}</td>
                    {SURVEY_DIMENSIONS.map((dimension) => (
                      <td key={dimension} className="report-number">
                        {mean.format(figures.means[dimension])}
                      </td>
                    ))}
                  </>
                ) : (
                  <td colSpan={1 + SURVEY_DIMENSIONS.length} className="satisfaction-hidden">
                    {t(`figures.${figures.reason}`)}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
