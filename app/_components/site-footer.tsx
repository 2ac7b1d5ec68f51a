import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("site");
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p className="site-footer__name">{t("municipalityLong")}</p>
        <p>{t("footerNote")}</p>
        <p>
          <a href="/open311/v2/services.json">{t("footerOpenData")}</a>
        </p>
      </div>
    </footer>
  );
}
