import "./audit.css";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { auditFilterQuery, parseAuditFilter } from "@/lib/admin/audit-log-filter";
import { auditFilterChoices, searchAuditLog } from "@/lib/admin/search-audit-log";
import { yearChoices } from "@/lib/admin/thai-date-input";
import { bangkokDate } from "@/lib/calendar/dates";
import type { Locale } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { adminPageSession } from "../_lib/guard";
import { AuditDetail } from "./audit-detail";
import { AuditFilterForm, ExportForm, auditActionWording, type DateErrorCode } from "./audit-forms";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.audit" });
  return { title: t("title") };
}

const ID_ERRORS = ["citizenIdFormat", "citizenIdChecksum"] as const;
const DATE_ERRORS: readonly DateErrorCode[] = ["dateIncomplete", "dateInvalid"];

/** Who did what: the audit log, filtered, a page at a time, and its CSV export. */
export default async function AuditPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await adminPageSession(locale);
  const t = await getTranslations("admin.audit");
  const query = await searchParams;
  const filter = parseAuditFilter(query);
  const idError = ID_ERRORS.find((code) => code === query.idError);
  const dateErrors = { from: DATE_ERRORS.find((code) => code === query.fromError), to: DATE_ERRORS.find((code) => code === query.toError) };
  const years = yearChoices(bangkokDate(new Date()), filter.from);
  const time = new Intl.DateTimeFormat(locale === "th" ? "th-TH-u-ca-buddhist" : "en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "Asia/Bangkok" });
  const [{ rows, total, page, pages }, choices] = await Promise.all([searchAuditLog(staff, filter, Number(query.page) || 1), auditFilterChoices(staff)]);
  const pageHref = (n: number) => `/staff/admin/audit${auditFilterQuery(filter, n)}`;

  return (
    // Sarabun throughout, codes and inputs included: Debian's monospace and form fonts have no Thai.
    <div className="audit-page">
      <h1>{t("title")}</h1>
      <p className="admin-lead">{t("lead")}</p>
      <AuditFilterForm locale={locale} filter={filter} choices={choices} idError={idError} dateErrors={dateErrors} years={years} />

      <div className="admin-results-head">
        <h2 id="results">{t("results", { total })}</h2>
        <ExportForm filter={filter} disabled={total === 0} />
      </div>
      {rows.length === 0 ? (
        <p>{t("noRows")}</p>
      ) : (
        <div className="admin-table-wrap" tabIndex={0} role="region" aria-labelledby="results">
          <table className="admin-table admin-table--audit">
            {/* Four columns, the detail taking what is left: six squeezed it into a tall ribbon. */}
            <colgroup>
              <col className="audit-col--when" />
              <col className="audit-col--what" />
              <col className="audit-col--person" />
              <col />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">
                  {t("at")} / {t("actor")}
                </th>
                <th scope="col">
                  {t("action")} / {t("subject")}
                </th>
                <th scope="col">{t("person")}</th>
                <th scope="col">{t("detail")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td>
                    <time dateTime={row.at.toISOString()}>{time.format(row.at)}</time>
                    <span className="audit-line">
                      {row.actorUsername ?? (row.actorLabel || "—")}
                      <span className="admin-muted"> ({t(`actorType_${actorType(row.actorType)}`)})</span>
                    </span>
                  </td>
                  <td>
                    <span className="audit-action">{auditActionWording(t, row.action)}</span>
                    <span className="audit-code">
                      {row.action} · {[row.subjectType, row.subjectId].filter(Boolean).join(" ") || "—"}
                    </span>
                  </td>
                  <td>{row.personKey ? <span title={row.personKey}>{t("personYes")}</span> : "—"}</td>
                  <td className="audit-detail-cell">
                    <AuditDetail detail={row.detail} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 ? (
        <nav className="admin-pager" aria-label={t("pages")}>
          {page > 1 ? <Link href={pageHref(page - 1)}>{t("previous")}</Link> : <span />}
          <span>{t("pageOf", { page, pages })}</span>
          {page < pages ? <Link href={pageHref(page + 1)}>{t("next")}</Link> : <span />}
        </nav>
      ) : null}
    </div>
  );
}

function actorType(value: string): "staff" | "kiosk" | "public" | "api" | "system" {
  return value === "staff" || value === "kiosk" || value === "public" || value === "api" ? value : "system";
}
