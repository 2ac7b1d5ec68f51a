import { getLocale, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { LanguageSwitch } from "@/app/_components/language-switch";
import type { SessionState } from "@/lib/auth/staff-session";
import type { Locale } from "@/lib/i18n/localized";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { can } from "@/lib/staff/policy";
import { signOutAction } from "./sign-out-action";
import { StaffNav, type StaffNavItem } from "./staff-nav";

/**
 * The console's header: the sections (for a ready session), who is signed in at which
 * counter, their account links and sign-out, and the language switch. It shows; it does
 * not protect: every page and action checks the session itself.
 */
export async function StaffHeader({ session }: { session: SessionState }) {
  const t = await getTranslations("staff");
  const locale = (await getLocale()) as Locale;
  const other: Locale = locale === "th" ? "en" : "th";
  const switchProps = { targetLocale: other, label: t("switchLanguage"), ariaLabel: t("switchLanguageLabel") };
  const staff = session.state === "signed-out" ? null : session.staff;
  const ready = session.state === "ready" ? session.staff : null;

  const items: StaffNavItem[] = ready
    ? [
        { href: "/staff", label: t("nav.board"), exact: true, also: ["/staff/requests"] },
        { href: "/staff/counter", label: t("nav.counter") },
        { href: "/staff/file", label: t("nav.file") },
        ...(can(ready, "reports.view") ? [{ href: "/staff/reports", label: t("nav.reports") }] : []),
        // Every role reads the integrity-assessment checklist; who may add evidence is per item.
        { href: "/staff/ita", label: t("nav.ita") },
        ...(can(ready, "admin") ? [{ href: "/staff/admin", label: t("nav.admin") }] : []),
        { href: "/display", label: t("nav.display") },
      ]
    : [];

  return (
    <header className="staff-header">
      <div className="staff-header__inner">
        <Link href={ready ? "/staff" : "/staff/sign-in"} className="staff-brand">
          <span className="brand__seal" aria-hidden="true">
            ก้อ
          </span>
          <span>
            {t("title")}
            <span className="staff-brand__sub">{t("municipality")}</span>
          </span>
        </Link>
        {ready ? <StaffNav items={items} label={t("nav.label")} /> : <span className="staff-nav" />}
        {staff ? (
          <div className="staff-account">
            <p className="staff-account__who">
              <span className="staff-account__name">{staff.displayName}</span>
              {t(`account.role.${staff.role}`)}
              {staff.counterNumber !== null ? (
                <span className="staff-account__counter">{t("account.counter", { number: staff.counterNumber })}</span>
              ) : null}
            </p>
            <details>
              <summary>{t("account.label")}</summary>
              <div className="staff-account__menu">
                {ready ? (
                  <>
                    <Link href="/staff/password" className="button button--secondary">
                      {t("account.changePassword")}
                    </Link>
                    <Link href="/staff/two-factor" className="button button--secondary">
                      {t("account.twoFactor")}
                    </Link>
                  </>
                ) : null}
                <form action={signOutAction}>
                  <input type="hidden" name="locale" value={locale} />
                  <button type="submit">{t("account.signOut")}</button>
                </form>
              </div>
            </details>
          </div>
        ) : null}
        <Suspense
          fallback={
            <a href={getPathname({ href: "/staff/sign-in", locale: other })} lang={other} aria-label={switchProps.ariaLabel} className="language-switch">
              {switchProps.label}
            </a>
          }
        >
          <LanguageSwitch {...switchProps} />
        </Suspense>
      </div>
    </header>
  );
}
