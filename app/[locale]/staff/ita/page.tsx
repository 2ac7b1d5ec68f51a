import "./ita-checklist.css";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { bangkokDate } from "@/lib/calendar/dates";
import { fiscalYearOf } from "@/lib/calendar/fiscal-year";
import type { Locale } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { readReminderAddress } from "@/lib/ita/contact";
import { evidenceFileHref } from "@/lib/ita/evidence-href";
import { assessedYear, itaYears, readItaYear } from "@/lib/ita/read-year";
import { can } from "@/lib/staff/policy";
import { requireStaff } from "@/lib/staff/session";
import { setContactAction } from "./actions";
import { AddEvidenceForms, RemoveEvidenceButton } from "./_components/evidence-forms";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "ita.staff" });
  return { title: t("title") };
}

/**
 * The checklist (/staff/ita): every role reads it; the forms appear only where the person
 * may add evidence (lib/ita checks again on every action).
 */
export default async function ItaChecklistPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  const query = await searchParams;
  const t = await getTranslations("ita.staff");
  const tp = await getTranslations("ita.public");
  const years = await itaYears();
  const asked = Number(query.year);
  const year = years.includes(asked) ? asked : assessedYear(years, fiscalYearOf(bangkokDate(new Date())));
  if (year === null) return <h1>{t("title")}</h1>;
  const view = await readItaYear(year, { withNames: true });
  const show = query.show === "missing" || query.show === "mine" ? query.show : "all";
  const items = view.items.filter((i) => (show === "missing" ? !i.complete : show === "mine" ? staff.divisionIds.includes(i.division.id) : true));
  const complete = view.items.filter((i) => i.complete).length;
  const contact = staff.role === "HEAD" ? await readReminderAddress(staff.id) : null;
  const format = new Intl.DateTimeFormat(locale === "th" ? "th-TH" : "en-GB", { dateStyle: "long", timeZone: "UTC" });

  return (
    <div className="ita-checklist">
      <h1>{t("title")}</h1>
      <p>{t("lead", { year })}</p>
      <p>
        <strong>{view.deadline ? t("deadline", { date: format.format(new Date(`${view.deadline}T00:00:00Z`)) }) : t("noDeadline")}</strong>
      </p>
      <p data-testid="ita-summary">{t("summary", { complete, total: view.items.length })}</p>
      {query.done ? (
        <p role="status" className="ita-checklist__done">
          {t(`done.${query.done === "removed" ? "removed" : query.done === "contact" ? "contact" : "added"}`)}
        </p>
      ) : null}
      {query.error ? (
        <p role="alert" className="ita-checklist__error">
          {t.has(`errors.${query.error}`) ? t(`errors.${query.error}`) : t("errors.unexpected")}
        </p>
      ) : null}
      <nav aria-label={tp("years")} className="ita-tabs">
        <ul>
          {years.map((y) => (
            <li key={y}>
              <Link href={{ pathname: "/staff/ita", query: { year: y } }} aria-current={y === year ? "page" : undefined}>
                {y}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <nav aria-label={t("filter")} className="ita-tabs">
        <ul>
          {(["all", "missing", "mine"] as const).map((s) => (
            <li key={s}>
              <Link href={{ pathname: "/staff/ita", query: { year, show: s } }} aria-current={s === show ? "page" : undefined}>
                {t(s === "all" ? "all" : s === "missing" ? "missingOnly" : "mine")}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <ol className="ita-checklist__items">
        {items.map((item) => {
          const mayAdd = can(staff, "ita.evidence", item.division.id);
          return (
            <li key={item.key} id={`item-${item.key}`} className="ita-checklist__item" data-testid={`checklist-${item.key}`}>
              <h2>
                O{item.number} {item.title[locale]}
              </h2>
              <p>
                <span className={item.complete ? "ita-badge ita-badge--complete" : "ita-badge ita-badge--missing"}>{item.complete ? t("complete") : t("missing")}</span>{" "}
                {item.source === "live" ? t("live") : null} · {tp("division")}: {item.division[locale]} · <Link href={`/ita/${year}/${item.key}`}>{`/ita/${year}/${item.key}`}</Link>
              </p>
              <p className="ita-checklist__checks">{item.checks[locale]}</p>
              {item.evidence.length > 0 ? (
                <ul>
                  {item.evidence.map((e) => (
                    <li key={e.id}>
                      <a href={e.kind === "file" ? evidenceFileHref(e.id, e.mimeType) : (e.url ?? "#")} rel="noopener noreferrer">
                        {e.title}
                      </a>{" "}
                      <span className="ita-checklist__meta">{t("addedBy", { name: e.addedBy })}</span>
                      {mayAdd ? <RemoveEvidenceButton item={item} evidence={e} year={year} locale={locale} /> : null}
                    </li>
                  ))}
                </ul>
              ) : null}
              {item.source === "evidence" ? mayAdd ? <AddEvidenceForms item={item} year={year} locale={locale} /> : <p className="ita-checklist__meta">{t("readOnly")}</p> : null}
            </li>
          );
        })}
      </ol>
      {staff.role === "HEAD" ? (
        <form action={setContactAction} className="ita-form" aria-labelledby="ita-contact">
          <h2 id="ita-contact">{t("contactTitle")}</h2>
          <p className="ita-hint">{t("contactHint")}</p>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="year" value={year} />
          <label htmlFor="ita-contact-email">{t("email")}</label>
          <input id="ita-contact-email" name="email" type="email" defaultValue={contact ?? ""} maxLength={254} autoComplete="email" />
          <button type="submit">{t("save")}</button>
        </form>
      ) : null}
    </div>
  );
}
