import { statisticsCsv, statisticsJson } from "./open-data";
import { serviceStatistics, statisticsYears } from "./service-statistics";

/** One open-data file by its name, or null: only the years there are, only CSV and JSON. */
export async function openDataFile(name: string): Promise<{ body: string; contentType: string } | null> {
  const match = /^service-statistics-(\d{4})\.(csv|json)$/.exec(name);
  if (!match) return null;
  const year = Number(match[1]);
  if (!(await statisticsYears()).includes(year)) return null;
  const statistics = await serviceStatistics(year);
  return match[2] === "csv"
    ? { body: statisticsCsv(statistics), contentType: "text/csv; charset=utf-8" }
    : { body: JSON.stringify(statisticsJson(statistics)), contentType: "application/json; charset=utf-8" };
}
