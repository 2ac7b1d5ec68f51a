import type { Metadata } from "next";
import { cookies } from "next/headers";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { counterNumberSchema } from "@/lib/auth/counter";
import type { Locale } from "@/lib/i18n/localized";
import { Link, redirect } from "@/lib/i18n/navigation";
import { sessionFor } from "../../_components/auth-page";
import { CodeForm } from "./code-form";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "staff.code" });
  return { title: t("title") };
}

/** /staff/sign-in/code: the authenticator code after a right password (ADMIN, and anyone who set an app up). */
export default async function SignInCodePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await sessionFor(locale, ["signed-out"]);
  // Without the pending-step cookie (10 minutes) there is nothing to confirm.
  const pending = (await cookies()).getAll().some((cookie) => cookie.name.endsWith("ko-staff.two_factor"));
  if (!pending) return redirect({ href: { pathname: "/staff/sign-in", query: { expired: "1" } }, locale });
  const [t, query] = await Promise.all([getTranslations("staff.code"), searchParams]);
  const counter = counterNumberSchema.safeParse(typeof query.counter === "string" ? query.counter : "");
  return (
    <div className="auth-card">
      <h1>{t("title")}</h1>
      <p>{t("lead")}</p>
      <CodeForm locale={locale} counter={counter.success && counter.data !== null ? String(counter.data) : ""} />
      <p>
        <Link href="/staff/sign-in">{t("startAgain")}</Link>
      </p>
    </div>
  );
}
