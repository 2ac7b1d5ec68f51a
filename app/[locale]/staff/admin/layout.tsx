import "./admin.css";
import "./admin-lists.css";
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/localized";
import { AdminNav } from "./_components/admin-nav";
import { adminPageSession } from "./_lib/guard";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin" });
  return { title: { default: t("title"), template: `%s | ${t("title")}` }, robots: { index: false, follow: false } };
}

/** Administration: the section menu, for admins only (each page and action checks again). */
export default async function AdminLayout({ children, params }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  await adminPageSession(locale);
  const messages = await getMessages();
  return (
    // The admin forms' client parts word their own errors: they get the admin texts only.
    <NextIntlClientProvider messages={{ admin: messages.admin }}>
      <div className="admin">
        <AdminNav />
        <div className="admin__content">{children}</div>
      </div>
    </NextIntlClientProvider>
  );
}
