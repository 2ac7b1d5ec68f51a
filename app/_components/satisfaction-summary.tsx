import "./satisfaction.css";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/localized";
import { figuresOf, serviceGroup } from "@/lib/survey/aggregate";
import { currentFiscalYear, summaryNames, surveySummary } from "@/lib/survey/load-survey";
import { SatisfactionFigures } from "./satisfaction-figures";

/**
 * The public satisfaction summary of a fiscal year (the current one unless given): the
 * municipality overall, then each service (with its division), counts, means and the spread
 * of ratings, never a figure with fewer than 5 answers behind it. A server component any
 * public page can place; it reads the database itself.
 */
export async function SatisfactionSummary({ locale, fiscalYear = currentFiscalYear(), headingLevel = 2 }: { locale: Locale; fiscalYear?: number; headingLevel?: 2 | 3 }) {
  const t = await getTranslations("survey.public");
  const summary = await surveySummary(fiscalYear);
  const names = await summaryNames(summary);
  const overall = figuresOf(summary, "all");
  const Heading = `h${headingLevel}` as const;
  const sub = (headingLevel + 1) as 3 | 4;
  if (summary.services.length === 0) return <p className="satisfaction-empty">{t("empty")}</p>;
  return (
    <div className="satisfaction-summary">
      <SatisfactionFigures figures={overall} name={t("overall")} locale={locale} headingLevel={headingLevel} />
      <Heading>{t("services")}</Heading>
      {summary.services.map(({ divisionId, serviceId }) => {
        const service = names.services.get(serviceId)?.[locale] ?? String(serviceId);
        const division = names.divisions.get(divisionId)?.[locale];
        return (
          <SatisfactionFigures
            key={`${divisionId}:${serviceId}`}
            figures={figuresOf(summary, serviceGroup(divisionId, serviceId))}
            name={division ? `${service} (${division})` : service}
            locale={locale}
            headingLevel={sub}
          />
        );
      })}
    </div>
  );
}
