import "./ita.css";
import { getTranslations } from "next-intl/server";
import { PrintButton } from "@/app/_components/print-button";
import type { Locale } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { ItaYearView } from "@/lib/ita/read-year";
import { EvidenceLinks } from "./evidence-links";

/** A fiscal year's OIT evidence, one row per item in number order; printable on A4 for the assessment file. */
export async function ItaYearPage({ view, years, locale }: { view: ItaYearView; years: number[]; locale: Locale }) {
  const t = await getTranslations("ita.public");
  const complete = view.items.filter((i) => i.complete).length;
  return (
    <article className="ita">
      <p className="manual__kicker">{t("title")}</p>
      <h1>{t("yearTitle", { year: view.fiscalYear })}</h1>
      <p className="lead">{t("lead", { year: view.fiscalYear })}</p>
      <p>{t("summary", { complete, total: view.items.length })}</p>
      <div className="no-print">
        <PrintButton label={t("print")} />
      </div>
      {years.length > 1 ? (
        <nav aria-label={t("years")} className="ita__years no-print">
          <ul>
            {years.map((y) => (
              <li key={y}>
                <Link href={`/ita/${y}`} aria-current={y === view.fiscalYear ? "page" : undefined}>
                  {y}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <table className="ita__table">
        <caption className="visually-hidden">{t("yearTitle", { year: view.fiscalYear })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("number")}</th>
            <th scope="col">{t("item")}</th>
            <th scope="col">{t("evidence")}</th>
          </tr>
        </thead>
        <tbody>
          {view.items.map((item) => (
            <tr key={item.key} id={item.key} data-testid={`ita-item-${item.key}`} data-complete={item.complete ? "yes" : "no"}>
              <th scope="row">O{item.number}</th>
              <td>
                <Link href={`/ita/${view.fiscalYear}/${item.key}`} className="ita__title">
                  {item.title[locale]}
                </Link>
                <p className="ita__checks">
                  <span className="visually-hidden">{t("checks")}: </span>
                  {item.checks[locale]}
                </p>
                <p className="ita__division">
                  {t("division")}: {item.division[locale]}
                </p>
              </td>
              <td>
                <EvidenceLinks item={item} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
