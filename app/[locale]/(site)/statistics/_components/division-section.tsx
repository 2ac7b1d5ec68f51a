import { getTranslations } from "next-intl/server";
import { BarChart } from "@/app/_components/bar-chart";
import type { Locale } from "@/lib/i18n/localized";
import { figuresAt, type PeriodStatistics } from "@/lib/transparency/period-statistics";
import { QUARTERS } from "@/lib/transparency/periods";
import type { ServiceStatistics } from "@/lib/transparency/service-statistics";
import { PeriodTable } from "./period-table";
import { dash, numberFormat } from "./statistics-frame";

/** One division on /statistics: its services' year (chart and table), then its quarters. */
export async function DivisionSection({ division, periods, locale }: { division: ServiceStatistics["divisions"][number]; periods: PeriodStatistics; locale: Locale }) {
  const t = await getTranslations("transparency.statistics");
  const n = numberFormat(locale);
  const services = division.services.filter((s) => s.figures.received > 0);
  const key = periods.divisions.find((d) => d.code === division.code)?.key ?? "";
  return (
    <section aria-labelledby={`stats-${division.code}`}>
      <h2 id={`stats-${division.code}`}>{division.name[locale]}</h2>
      {services.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <>
          <BarChart
            title={t("chartTitle", { division: division.name[locale] })}
            bars={services.map((s) => ({ label: s.name[locale], values: [s.figures.received, s.figures.closedOnTime] }))}
            series={[
              { name: t("columns.received"), className: "bar-chart__bar--received" },
              { name: t("columns.onTime"), className: "bar-chart__bar--on-time" },
            ]}
          />
          <div className="statistics__table-wrap">
            <table>
              <caption>{t("tableCaption", { division: division.name[locale] })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("columns.service")}</th>
                  {(["received", "completed", "onTime", "medianDays", "openNow"] as const).map((column) => (
                    <th scope="col" key={column} className="statistics__number">
                      {t(`columns.${column}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {services.map((s) => (
                  <tr key={s.code}>
                    <th scope="row">{s.name[locale]}</th>
                    <td className="statistics__number">{n.format(s.figures.received)}</td>
                    <td className="statistics__number">{n.format(s.figures.done)}</td>
                    <td className="statistics__number">{n.format(s.figures.closedOnTime)}</td>
                    <td className="statistics__number">{dash(s.figures.medianWorkingDays, n)}</td>
                    <td className="statistics__number">{n.format(s.figures.open + s.figures.waiting)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <PeriodTable
            caption={t("divisionQuarters", { division: division.name[locale] })}
            rows={QUARTERS.map((q) => ({ label: t("quarter", { quarter: q.slice(1) }), figures: figuresAt(periods, key, q) }))}
            locale={locale}
          />
        </>
      )}
    </section>
  );
}
