import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/localized";
import type { Figures } from "@/lib/survey/aggregate";
import { QUESTIONS, RATINGS, SCALE, SURVEY_DIMENSIONS } from "@/lib/survey/questions";

/**
 * One group's survey figures: how many answered, the mean of each question, and how many
 * gave each rating; or why nothing is shown. Every page that shows survey results (public
 * and staff) renders them through this, so a hidden group is hidden everywhere alike.
 */
export async function SatisfactionFigures({ figures, name, locale, headingLevel = 3 }: { figures: Figures; name: string; locale: Locale; headingLevel?: 2 | 3 | 4 }) {
  const t = await getTranslations("survey.figures");
  const Heading = `h${headingLevel}` as const;
  const number = new Intl.NumberFormat(locale === "th" ? "th-TH" : "en-GB");
  const mean = new Intl.NumberFormat(locale === "th" ? "th-TH" : "en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return (
    <section className="satisfaction-group">
      <Heading>{name}</Heading>
      {figures.shown ? (
        <>
          <p className="satisfaction-count" data-testid="satisfaction-count">
            {t("responses", { count: figures.count })}
          </p>
          <div className="satisfaction-table-wrap">
            <table className="satisfaction-table">
              <caption className="satisfaction-visually-hidden">{t("caption", { name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("question")}</th>
                  <th scope="col" className="satisfaction-number">
                    {t("mean")}
                  </th>
                  {RATINGS.map((rating) => (
                    <th scope="col" key={rating} className="satisfaction-number">
                      <abbr title={t("distribution", { rating, label: SCALE[rating][locale] })}>{t("rating", { rating })}</abbr>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {SURVEY_DIMENSIONS.map((dimension) => (
                  <tr key={dimension}>
                    <th scope="row">{QUESTIONS[dimension][locale]}</th>
                    <td className="satisfaction-number">
                      <strong>{mean.format(figures.means[dimension])}</strong>
                    </td>
                    {RATINGS.map((rating) => (
                      <td key={rating} className="satisfaction-number">
                        {number.format(figures.distribution[dimension][rating - 1]!)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : (
        <p className="satisfaction-hidden" data-testid="satisfaction-hidden">
          {t(figures.reason)}
        </p>
      )}
    </section>
  );
}
