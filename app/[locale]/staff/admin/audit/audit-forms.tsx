import { getLocale, getTranslations } from "next-intl/server";
import { auditActionMessageKey } from "@/lib/admin/audit-actions";
import type { AuditFilter } from "@/lib/admin/audit-log-filter";
import { partsOfDate } from "@/lib/admin/thai-date-input";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/localized";
import { filterAuditLog } from "./actions";
import { ThaiDateSelect } from "./thai-date-select";

export type DateErrorCode = "dateIncomplete" | "dateInvalid";

type FilterProps = {
  locale: Locale;
  filter: AuditFilter;
  choices: { actions: string[]; usernames: string[] };
  idError?: "citizenIdFormat" | "citizenIdChecksum";
  dateErrors: { from?: DateErrorCode; to?: DateErrorCode };
  /** Buddhist-era years the date selects offer, newest first. */
  years: number[];
};

/**
 * The filters. Posted (never GET) so the citizen ID stays out of addresses; no client code:
 * it works the same without JavaScript.
 */
export async function AuditFilterForm({ locale, filter, choices, idError, dateErrors, years }: FilterProps) {
  const t = await getTranslations("admin.audit");
  const te = await getTranslations("admin.errors");
  const dateLabels = { day: t("dateDay"), month: t("dateMonth"), year: t("dateYear"), hint: t("dateHint") };
  return (
    <form action={filterAuditLog} className="admin-form admin-card" aria-labelledby="audit-filter">
      <h2 id="audit-filter">{t("filterTitle")}</h2>
      <input type="hidden" name="locale" value={locale} />
      <div className="admin-grid-3">
        <div className="admin-field">
          <label htmlFor="audit-user">{t("user")}</label>
          <input id="audit-user" name="user" list="audit-usernames" defaultValue={filter.username ?? ""} autoComplete="off" />
          <datalist id="audit-usernames">
            {choices.usernames.map((username) => (
              <option key={username} value={username} />
            ))}
          </datalist>
        </div>
        <div className={`admin-field${idError ? " admin-field--error" : ""}`}>
          <label htmlFor="audit-citizen-id">{t("citizenId")}</label>
          <p className="admin-hint" id="audit-citizen-id-hint">
            {filter.personKey ? t("citizenIdActive") : t("citizenIdHint")}
          </p>
          {idError ? (
            <p className="admin-error" id="audit-citizen-id-error">
              {te(idError)}
            </p>
          ) : null}
          <input
            id="audit-citizen-id"
            name="citizenId"
            inputMode="numeric"
            autoComplete="off"
            maxLength={17}
            aria-invalid={idError ? true : undefined}
            aria-describedby={`audit-citizen-id-hint${idError ? " audit-citizen-id-error" : ""}`}
          />
          {filter.personKey ? (
            <label className="admin-check">
              <input type="checkbox" name="keepPerson" defaultChecked />
              <input type="hidden" name="pk" value={filter.personKey} />
              {t("keepPerson")}
            </label>
          ) : null}
        </div>
        <div className="admin-field">
          <label htmlFor="audit-action">{t("action")}</label>
          <select id="audit-action" name="action" defaultValue={filter.action ?? ""}>
            <option value="">{t("anyAction")}</option>
            {choices.actions.map((action) => (
              <option key={action} value={action}>
                {auditActionWording(t, action)}
              </option>
            ))}
          </select>
        </div>
        <ThaiDateSelect name="from" legend={t("from")} value={partsOfDate(filter.from)} years={years} locale={locale} labels={dateLabels} error={dateErrors.from && t(dateErrors.from)} />
        <ThaiDateSelect name="to" legend={t("to")} value={partsOfDate(filter.to)} years={years} locale={locale} labels={dateLabels} error={dateErrors.to && t(dateErrors.to)} />
      </div>
      <div className="admin-actions">
        <button type="submit" className="admin-button admin-button--primary">
          {t("apply")}
        </button>
        <a className="admin-button admin-button--secondary" href={getPathname({ href: "/staff/admin/audit", locale })}>
          {t("clear")}
        </a>
      </div>
    </form>
  );
}

type AuditTranslator = Awaited<ReturnType<typeof getTranslations<"admin.audit">>>;

/** "เพิ่มวันหยุด" for holiday.added; the code itself for one with no wording yet. */
export function auditActionWording(t: AuditTranslator, code: string): string {
  const key = auditActionMessageKey(code);
  return key && t.has(key) ? t(key) : code;
}

/** Download the filtered rows as CSV (a plain form post: the download itself is audited). */
export async function ExportForm({ filter, disabled }: { filter: AuditFilter; disabled: boolean }) {
  const t = await getTranslations("admin.audit");
  const locale = (await getLocale()) as Locale;
  return (
    <form method="post" action={getPathname({ href: "/staff/admin/audit/export", locale })}>
      {filter.username ? <input type="hidden" name="user" value={filter.username} /> : null}
      {filter.personKey ? <input type="hidden" name="pk" value={filter.personKey} /> : null}
      {filter.action ? <input type="hidden" name="action" value={filter.action} /> : null}
      {filter.from ? <input type="hidden" name="from" value={filter.from} /> : null}
      {filter.to ? <input type="hidden" name="to" value={filter.to} /> : null}
      <button type="submit" className="admin-button admin-button--secondary" disabled={disabled}>
        {t("export")}
      </button>
      <p className="admin-hint">{t("exportHint")}</p>
    </form>
  );
}
