import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { bangkokDate } from "@/lib/calendar/dates";
import { fiscalYearOf } from "@/lib/calendar/fiscal-year";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { assessedYear, itaYears, readItaYear } from "@/lib/ita/read-year";
import { adminPageSession } from "../_lib/guard";
import { copyYearAction, setDeadlineAction, updateItemAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "ita.admin" });
  return { title: t("title") };
}

/** A year's OIT list for the ADMIN: renumber and reword items, copy to a new year, set the deadline. */
export default async function ItaAdminPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await adminPageSession(locale);
  const query = await searchParams;
  const t = await getTranslations("ita.admin");
  const ts = await getTranslations("ita.staff");
  const years = await itaYears();
  const asked = Number(query.year);
  const year = years.includes(asked) ? asked : assessedYear(years, fiscalYearOf(bangkokDate(new Date())));
  if (year === null) return <h1>{t("title")}</h1>;
  const [view, divisions] = await Promise.all([readItaYear(year), db.division.findMany({ orderBy: { sortOrder: "asc" } })]);
  const message = query.done === "copied" ? t("done.copied", { count: Number(query.count ?? 0) }) : query.done === "deadline" ? t("done.deadline") : query.done ? t("done.saved") : null;
  const error = query.error ? (t.has(`errors.${query.error}`) ? t(`errors.${query.error}`) : ts.has(`errors.${query.error}`) ? ts(`errors.${query.error}`) : ts("errors.unexpected")) : null;
  const hidden = (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="year" value={year} />
    </>
  );

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="admin-lead">{t("lead")}</p>
      {message ? <p role="status">{message}</p> : null}
      {error ? <p role="alert">{error}</p> : null}
      <nav aria-label={t("title")} className="admin-tabs">
        <ul>
          {years.map((y) => (
            <li key={y}>
              <Link href={{ pathname: "/staff/admin/ita", query: { year: y } }} aria-current={y === year ? "page" : undefined}>
                {y}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="admin-grid-3">
        <form action={setDeadlineAction} className="admin-form admin-card" aria-labelledby="ita-deadline">
          <h2 id="ita-deadline">
            {t("deadlineTitle")} {year}
          </h2>
          {hidden}
          <label htmlFor="ita-deadline-date">{t("deadline")}</label>
          <input id="ita-deadline-date" name="deadline" type="date" defaultValue={view.deadline ?? ""} />
          <button type="submit">{t("save")}</button>
        </form>
        <form action={copyYearAction} className="admin-form admin-card" aria-labelledby="ita-copy">
          <h2 id="ita-copy">{t("copyTitle")}</h2>
          <p className="admin-hint">{t("copyHint")}</p>
          {hidden}
          <label htmlFor="ita-copy-to">{t("copyTo")}</label>
          <input id="ita-copy-to" name="to" type="number" min={2560} max={2700} defaultValue={year + 1} required />
          <button type="submit">{t("copy")}</button>
        </form>
      </div>
      {view.items.map((item) => (
        <form key={item.key} action={updateItemAction} className="admin-form admin-card" aria-label={t("editLabel", { number: item.number, title: item.title[locale] })} data-testid={`edit-${item.key}`}>
          {hidden}
          <input type="hidden" name="itemId" value={item.id} />
          <h2>
            O{item.number} {item.title[locale]} <code>{item.key}</code>
          </h2>
          <div className="admin-grid-3">
            <label>
              {t("number")}
              <input name="number" type="number" min={1} max={999} defaultValue={item.number} required />
            </label>
            <label>
              {t("division")}
              <select name="divisionId" defaultValue={item.division.id}>
                {divisions.map((d) => (
                  <option key={d.id} value={d.id}>
                    {locale === "th" ? d.nameTh : d.nameEn}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t("source")}
              <select name="source" defaultValue={item.source}>
                <option value="live">{t("sourceLive")}</option>
                <option value="evidence">{t("sourceEvidence")}</option>
              </select>
            </label>
            <label>
              {t("titleTh")}
              <input name="titleTh" lang="th" defaultValue={item.title.th} maxLength={300} required />
            </label>
            <label>
              {t("titleEn")}
              <input name="titleEn" lang="en" defaultValue={item.title.en} maxLength={300} required />
            </label>
          </div>
          <label>
            {t("checksTh")}
            <textarea name="checksTh" lang="th" defaultValue={item.checks.th} maxLength={2000} rows={2} />
          </label>
          <label>
            {t("checksEn")}
            <textarea name="checksEn" lang="en" defaultValue={item.checks.en} maxLength={2000} rows={2} />
          </label>
          <div className="admin-actions">
            <button type="submit">{t("save")}</button>
          </div>
        </form>
      ))}
    </>
  );
}
