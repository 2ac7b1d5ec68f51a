import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/localized";
import { CHANNELS, type PeriodFigures } from "@/lib/transparency/period-figures";
import { dash, numberFormat } from "./statistics-frame";

/** Service figures, one row per period (quarter or month): the table beside each chart. */
export async function PeriodTable({ caption, rows, locale }: { caption: string; rows: { label: string; figures: PeriodFigures }[]; locale: Locale }) {
  const t = await getTranslations("transparency.statistics.columns");
  const channels = await getTranslations("transparency.common.channel");
  const n = numberFormat(locale);
  return (
    <div className="statistics__table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("period")}</th>
            <th scope="col" className="statistics__number">{t("received")}</th>
            {CHANNELS.map((c) => (
              <th scope="col" key={c} className="statistics__number">{channels(c)}</th>
            ))}
            <th scope="col" className="statistics__number">{t("completed")}</th>
            <th scope="col" className="statistics__number">{t("onTime")}</th>
            <th scope="col" className="statistics__number">{t("medianDays")}</th>
            <th scope="col" className="statistics__number">{t("openNow")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ label, figures: f }) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td className="statistics__number">{n.format(f.received)}</td>
              {CHANNELS.map((c) => (
                <td key={c} className="statistics__number">{n.format(f.byChannel[c])}</td>
              ))}
              <td className="statistics__number">{n.format(f.completed)}</td>
              <td className="statistics__number">{n.format(f.onTime)}</td>
              <td className="statistics__number">{dash(f.medianWorkingDays, n)}</td>
              <td className="statistics__number">{n.format(f.openNow)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
