import "../statistics.css";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";

/** The statistics pages, in the order of the navigation between them. */
export const STATISTICS_PAGES = [
  ["service", "/statistics"],
  ["satisfaction", "/statistics/satisfaction"],
  ["complaints", "/statistics/complaints"],
  ["integrity", "/statistics/integrity"],
  ["eService", "/statistics/e-service"],
] as const;
export type StatisticsPage = (typeof STATISTICS_PAGES)[number][0];

/** The year asked for (`?year=`) when there is such a year, else the newest (the current one). */
export async function chosenYear(searchParams: Promise<{ year?: string }>, years: number[]): Promise<number> {
  const asked = Number((await searchParams).year);
  return years.includes(asked) ? asked : years[0]!;
}

export const numberFormat = (locale: Locale) => new Intl.NumberFormat(locale === "th" ? "th-TH" : "en-GB");
export const monthName = (locale: Locale, month: string) =>
  new Intl.DateTimeFormat(locale === "th" ? "th-TH" : "en-GB", { month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(`${month}-01T00:00:00Z`));
export const dash = (value: number | null, format: Intl.NumberFormat) => (value === null ? "–" : format.format(value));

/**
 * What every statistics page shares: its heading for the year, the "as of" time, the
 * navigation between the pages (keeping the year), the switch between fiscal years, and
 * below the content the open-data files of its tables.
 */
export async function StatisticsFrame({ page, locale, year, years, asOf, heading, lead, children }: { page: StatisticsPage; locale: Locale; year: number; years: number[]; asOf: Date; heading: string; lead: string; children: ReactNode }) {
  const t = await getTranslations("transparency.common");
  const at = new Intl.DateTimeFormat(locale === "th" ? "th-TH" : "en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "Asia/Bangkok" }).format(asOf);
  const path = STATISTICS_PAGES.find(([key]) => key === page)![1];
  return (
    <article className="statistics">
      <nav aria-label={t("pages")} className="statistics__pages">
        <ul>
          {STATISTICS_PAGES.map(([key, href]) => (
            <li key={key}>
              <Link href={`${href}?year=${year}`} aria-current={key === page ? "page" : undefined}>
                {t(`page.${key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <h1>{heading}</h1>
      <p className="lead">{lead}</p>
      <p className="statistics__as-of">{t("asOf", { at, minutes: 5 })}</p>
      <nav aria-label={t("years")} className="statistics__years">
        <ul>
          {years.map((y) => (
            <li key={y}>
              <Link href={`${path}?year=${y}`} aria-current={y === year ? "page" : undefined}>
                {t("year", { year: y })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </article>
  );
}
