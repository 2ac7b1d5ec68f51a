import { getLocale, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { getPathname, Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/localized";
import { LanguageSwitch } from "./language-switch";

export async function SiteHeader() {
  const t = await getTranslations("site");
  const locale = (await getLocale()) as Locale;
  const other: Locale = locale === "th" ? "en" : "th";
  const switchProps = { targetLocale: other, label: t("switchLanguage"), ariaLabel: t("switchLanguageLabel") };

  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="brand">
          <span className="brand__seal" aria-hidden="true">
            ก้อ
          </span>
          <span>
            <span className="brand__name">{t("municipality")}</span>
            <span className="brand__product">{t("product")}</span>
          </span>
        </Link>
        <nav aria-label={t("nav.label")} className="site-nav">
          <Link href="/">{t("nav.home")}</Link>
          <Link href="/services">{t("nav.services")}</Link>
          <Link href="/e-service">{t("nav.eService")}</Link>
          <Link href="/track">{t("nav.track")}</Link>
        </nav>
        {/* The switch needs the current address; until it has it, it links to the home page. */}
        <Suspense
          fallback={
            <a href={getPathname({ href: "/", locale: other })} lang={other} aria-label={switchProps.ariaLabel} className="language-switch">
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
