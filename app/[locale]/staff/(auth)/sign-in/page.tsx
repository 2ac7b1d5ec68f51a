import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/localized";
import { sessionFor } from "../_components/auth-page";
import { SignInForm } from "./sign-in-form";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "staff.signIn" });
  return { title: t("title") };
}

/** /staff/sign-in: username, password and the counter the person sits at today. */
export default async function SignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await sessionFor(locale, ["signed-out"]);
  const [t, query] = await Promise.all([getTranslations("staff.signIn"), searchParams]);
  const notice = query.signedOut ? t("signedOut") : query.expired ? t("expired") : null;
  return (
    <div className="auth-card">
      <h1>{t("title")}</h1>
      <p>{t("lead")}</p>
      {notice ? (
        <p className="alert" role="status">
          {notice}
        </p>
      ) : null}
      <SignInForm locale={locale} />
    </div>
  );
}
