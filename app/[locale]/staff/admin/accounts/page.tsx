import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { listStaffForAdmin } from "@/lib/admin/staff-accounts";
import { listDivisionsForAdmin } from "@/lib/admin/update-division";
import type { Locale } from "@/lib/i18n/localized";
import { adminPageSession } from "../_lib/guard";
import { ActiveForm, CreateStaffForm, EditStaffForm, ResetPasswordForm } from "./account-forms";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.accounts" });
  return { title: t("title") };
}

/** Staff accounts: create (one-time password shown once), role and divisions, password reset, deactivation. */
export default async function AccountsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await adminPageSession(locale);
  const t = await getTranslations("admin.accounts");
  const [accounts, divisionRows] = await Promise.all([listStaffForAdmin(staff), listDivisionsForAdmin(staff)]);
  const divisions = divisionRows.map((d) => ({ code: d.code, name: locale === "th" ? d.nameTh : d.nameEn }));
  const divisionName = new Map(divisions.map((d) => [d.code, d.name]));
  const format = new Intl.DateTimeFormat(locale === "th" ? "th-TH" : "en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Bangkok" });
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="admin-lead">{t("lead")}</p>
      <CreateStaffForm divisions={divisions} />
      <h2>{t("listTitle", { count: accounts.length })}</h2>
      <ul className="admin-list">
        {accounts.map((account) => {
          const self = account.id === staff.id;
          return (
            <li key={account.id} className={`admin-card${account.active ? "" : " admin-card--revoked"}`}>
              <h3>
                {account.displayName} <span className="admin-code">{account.username}</span>
              </h3>
              <dl className="admin-facts">
                <div>
                  <dt>{t("role")}</dt>
                  <dd>{t(`role_${account.role}`)}</dd>
                </div>
                <div>
                  <dt>{t("divisions")}</dt>
                  <dd>{account.divisionCodes.length ? account.divisionCodes.map((c) => divisionName.get(c) ?? c).join(", ") : t("noDivisions")}</dd>
                </div>
                <div>
                  <dt>{t("status")}</dt>
                  <dd className="admin-badges">
                    {account.active ? <span className="admin-badge admin-badge--ok">{t("active")}</span> : <span className="admin-badge admin-badge--danger">{t("inactive")}</span>}
                    {account.lockedUntil ? <span className="admin-badge admin-badge--danger">{t("lockedUntil", { at: format.format(account.lockedUntil) })}</span> : null}
                    {account.mustChangePassword ? <span className="admin-badge">{t("mustChangePassword")}</span> : null}
                    {account.twoFactorEnabled ? <span className="admin-badge">{t("twoFactorOn")}</span> : null}
                    {self ? <span className="admin-badge">{t("you")}</span> : null}
                  </dd>
                </div>
              </dl>
              <EditStaffForm account={account} divisions={divisions} />
              {self ? (
                <p className="admin-hint">{t("selfHint")}</p>
              ) : (
                <div className="admin-row-actions">
                  <ResetPasswordForm account={account} />
                  <ActiveForm account={account} />
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
