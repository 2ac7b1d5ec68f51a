import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { sessionFor } from "../_components/auth-page";
import { TwoFactorSetup } from "./two-factor-setup";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "staff.setup" });
  return { title: t("title") };
}

/**
 * /staff/two-factor: set up an authenticator app. Required for an ADMIN before any other
 * staff page; anyone else may choose it. Turning it off is not offered here: an
 * administrator's reset (`npm run staff -- reset --two-factor`) removes a lost app.
 */
export default async function TwoFactorPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const session = await sessionFor(locale, ["must-set-up-2fa", "ready"]);
  const t = await getTranslations("staff.setup");
  if (session.state === "signed-out") return null;
  if (session.twoFactorEnabled) {
    return (
      <div className="auth-card">
        <h1>{t("title")}</h1>
        <p className="alert" role="status">
          <strong>{t("enabledTitle")}.</strong> {t("enabled")}
        </p>
        <Link href="/staff" className="button">
          {t("continue")}
        </Link>
      </div>
    );
  }
  return (
    <div className="auth-card auth-card--wide">
      <h1>{t("title")}</h1>
      <p>{session.state === "must-set-up-2fa" ? t("leadRequired") : t("leadOptional")}</p>
      <TwoFactorSetup locale={locale} />
    </div>
  );
}
