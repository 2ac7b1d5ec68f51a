import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { auditFilterQuery, parseAuditFilter } from "@/lib/admin/audit-log-filter";
import { auditFilterChoices, searchAuditLog } from "@/lib/admin/search-audit-log";
import { bangkokTimestamp } from "@/lib/admin/export-audit-log";
import type { Locale } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { adminPageSession } from "../_lib/guard";
import { AuditFilterForm, ExportForm } from "./audit-forms";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.audit" });
  return { title: t("title") };
}

const ID_ERRORS = ["citizenIdFormat", "citizenIdChecksum"] as const;

/** Who did what: the audit log, filtered, a page at a time, and its CSV export. */
export default async function AuditPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await adminPageSession(locale);
  const t = await getTranslations("admin.audit");
  const query = await searchParams;
  const filter = parseAuditFilter(query);
  const idError = ID_ERRORS.find((code) => code === query.idError);
  const [{ rows, total, page, pages }, choices] = await Promise.all([searchAuditLog(staff, filter, Number(query.page) || 1), auditFilterChoices(staff)]);
  const pageHref = (n: number) => `/staff/admin/audit${auditFilterQuery(filter, n)}`;

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="admin-lead">{t("lead")}</p>
      <AuditFilterForm locale={locale} filter={filter} choices={choices} idError={idError} />

      <div className="admin-results-head">
        <h2 id="results">{t("results", { total })}</h2>
        <ExportForm filter={filter} disabled={total === 0} />
      </div>
      {rows.length === 0 ? (
        <p>{t("noRows")}</p>
      ) : (
        <div className="admin-table-wrap" tabIndex={0} role="region" aria-labelledby="results">
          <table className="admin-table admin-table--audit">
            <thead>
              <tr>
                <th scope="col">{t("at")}</th>
                <th scope="col">{t("actor")}</th>
                <th scope="col">{t("action")}</th>
                <th scope="col">{t("subject")}</th>
                <th scope="col">{t("person")}</th>
                <th scope="col">{t("detail")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td className="admin-nowrap">
                    <time dateTime={row.at.toISOString()}>{bangkokTimestamp(row.at)}</time>
                  </td>
                  <td>
                    {row.actorUsername ?? (row.actorLabel || "—")}
                    <span className="admin-muted"> ({t(`actorType_${actorType(row.actorType)}`)})</span>
                  </td>
                  <td className="admin-mono">{row.action}</td>
                  <td className="admin-mono">{[row.subjectType, row.subjectId].filter(Boolean).join(" ") || "—"}</td>
                  <td>{row.personKey ? <span title={row.personKey}>{t("personYes")}</span> : "—"}</td>
                  <td>
                    <code className="admin-detail">{row.detail === "{}" ? "" : row.detail}</code>
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
    </>
  );
}

function actorType(value: string): "staff" | "kiosk" | "public" | "system" {
  return value === "staff" || value === "kiosk" || value === "public" ? value : "system";
}
