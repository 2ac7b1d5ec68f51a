import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/localized";
import { LICENCE } from "@/lib/transparency/open-data";
import { OPEN_DATASETS } from "@/lib/transparency/open-data-file";

/** The open-data files of a page's tables, each with its data dictionary and the licence. */
export async function OpenDataLinks({ datasets, year, locale }: { datasets: string[]; year: number; locale: Locale }) {
  const t = await getTranslations("transparency.common");
  return (
    <section className="statistics__open-data" aria-labelledby="open-data-heading">
      <h2 id="open-data-heading">{t("openData")}</h2>
      <ul>
        {datasets.map((name) => (
          <li key={name}>
            <span>{t(`dataset.${name}`)}: </span>
            <a href={`/open-data/${name}-${year}.csv`} download>
              CSV
            </a>{" "}
            · <a href={`/open-data/${name}-${year}.json`}>JSON</a>
            <details>
              <summary>{t("dictionary")}</summary>
              <table>
                <caption className="statistics__visually-hidden">{t("dictionaryOf", { name: t(`dataset.${name}`) })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("column")}</th>
                    <th scope="col">{t("meaning")}</th>
                  </tr>
                </thead>
                <tbody>
                  {OPEN_DATASETS[name]!.dictionary.map((entry) => (
                    <tr key={entry.column}>
                      <th scope="row">
                        <code>{entry.column}</code>
                      </th>
                      <td>{entry[locale]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </li>
        ))}
      </ul>
      <p>
        {t("licence")} {LICENCE}
      </p>
    </section>
  );
}
