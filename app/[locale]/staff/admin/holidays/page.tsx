import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { bangkokDate } from "@/lib/calendar/dates";
import { listHolidays } from "@/lib/admin/holidays";
import type { Locale } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { adminPageSession } from "../_lib/guard";
import { AddHolidayForm, RemoveHolidayButton } from "./holiday-forms";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.holidays" });
  return { title: t("title") };
}

/** The holiday calendar the legal clocks skip, one year at a time. */
export default async function HolidaysPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await adminPageSession(locale);
  const t = await getTranslations("admin.holidays");
  const today = bangkokDate(new Date());
  const thisYear = Number(today.slice(0, 4));
  const asked = Number((await searchParams).year);
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : thisYear;
  const { holidays, years } = await listHolidays(staff, year);
  const choices = [...new Set([...years, thisYear, thisYear + 1, year])].sort((a, b) => a - b);
  const format = new Intl.DateTimeFormat(locale === "th" ? "th-TH" : "en-GB", { dateStyle: "full", timeZone: "UTC" });
  const yearLabel = (y: number) => (locale === "th" ? t("yearBE", { be: String(y + 543), ce: String(y) }) : String(y));

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="admin-lead">{t("lead")}</p>
      <nav aria-label={t("years")} className="admin-tabs">
        <ul>
          {choices.map((y) => (
            <li key={y}>
              <Link href={{ pathname: "/staff/admin/holidays", query: { year: y } }} aria-current={y === year ? "page" : undefined}>
                {yearLabel(y)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <h2>{t("listTitle", { year: yearLabel(year) })}</h2>
      {holidays.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <table className="admin-table">
          <caption className="visually-hidden">{t("listTitle", { year: yearLabel(year) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("date")}</th>
              <th scope="col">{t("nameTh")}</th>
              <th scope="col">{t("nameEn")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {holidays.map((holiday) => (
              <tr key={holiday.date} className={holiday.date < today ? "admin-row--past" : undefined}>
                <td>
                  <time dateTime={holiday.date}>{format.format(new Date(`${holiday.date}T00:00:00Z`))}</time>
                </td>
                <td lang="th">{holiday.nameTh}</td>
                <td lang="en">{holiday.nameEn}</td>
                <td>
                  <RemoveHolidayButton date={holiday.date} label={`${holiday.date} ${locale === "th" ? holiday.nameTh : holiday.nameEn}`} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <AddHolidayForm defaultDate={year === thisYear ? today : `${year}-01-01`} />
    </>
  );
}
