import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/localized";
import { sessionFor } from "../_components/auth-page";
import { PasswordForm } from "./password-form";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "staff.password" });
  return { title: t("title") };
}

/** /staff/password: the first password after a one-time one, or a change at any time. */
export default async function PasswordPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const session = await sessionFor(locale, ["must-change-password", "ready", "must-set-up-2fa"]);
  const first = session.state === "must-change-password";
  const t = await getTranslations("staff.password");
  return (
    <div className="auth-card">
      <h1>{first ? t("titleFirst") : t("title")}</h1>
      <p>{first ? t("leadFirst") : t("lead")}</p>
      <PasswordForm locale={locale} username={session.state === "signed-out" ? "" : session.staff.username} first={first} />
    </div>
  );
}
