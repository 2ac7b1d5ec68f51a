import { createHash } from "node:crypto";
import { toCsv } from "@/lib/csv/csv";
import { DICTIONARY, LICENCE, statisticsRows } from "./open-data";
import { DATASETS, type Dataset } from "./open-datasets";
import { serviceStatistics, statisticsYears } from "./service-statistics";

const serviceStatisticsDataset: Dataset = {
  dictionary: DICTIONARY,
  async load(year) {
    const statistics = await serviceStatistics(year);
    return { asOf: statistics.asOf, rows: statisticsRows(statistics) };
  },
};

/** Every open-data table, by the name its files start with. */
export const OPEN_DATASETS: Record<string, Dataset> = { "service-statistics": serviceStatisticsDataset, ...DATASETS };
export type DatasetName = keyof typeof OPEN_DATASETS;

export type OpenDataFile = { body: string; contentType: string; etag: string; asOf: Date };

/**
 * One open-data file by its name, `<dataset>-<fiscal year>.csv|json`, or null: only the
 * datasets and years there are. CSV is UTF-8 with a byte order mark (lib/csv); the JSON
 * carries the data dictionary and the licence with the rows.
 */
export async function openDataFile(name: string): Promise<OpenDataFile | null> {
  const match = /^([a-z][a-z-]*)-(\d{4})\.(csv|json)$/.exec(name);
  if (!match || !Object.hasOwn(OPEN_DATASETS, match[1]!)) return null;
  const year = Number(match[2]);
  if (!(await statisticsYears()).includes(year)) return null;
  const dataset = OPEN_DATASETS[match[1]!]!;
  const { asOf, rows } = await dataset.load(year);
  const columns = dataset.dictionary.map((entry) => entry.column);
  const body =
    match[3] === "csv"
      ? toCsv([columns, ...rows.map((row) => columns.map((column) => row[column]))])
      : JSON.stringify({ dataset: match[1], licence: LICENCE, as_of: asOf.toISOString(), fiscal_year: year, dictionary: dataset.dictionary, rows });
  const contentType = match[3] === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8";
  return { body, contentType, asOf, etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"` };
}
