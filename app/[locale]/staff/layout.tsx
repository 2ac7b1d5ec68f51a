import "./_components/staff.css";
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { getSessionState } from "@/lib/staff/session";
import { StaffHeader } from "./_components/staff-header";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "staff" });
  return { title: { default: t("title"), template: `%s | ${t("title")}` }, robots: { index: false, follow: false } };
}

/**
 * The staff console's frame (/staff and everything under it, the sign-in screens too).
 * A frame is not a guard: each page calls requireStaff() or requirePermission(), and each
 * server action checks again (lib/staff/session.ts).
 */
export default async function StaffLayout({ children, params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, session, messages] = await Promise.all([getTranslations("staff"), getSessionState(), getMessages()]);
  return (
    // Client parts of the console word their texts from the staff family only; a section
    // whose client components need more (admin) adds its own provider.
    <NextIntlClientProvider messages={{ staff: messages.staff }}>
      <a className="skip-link" href="#main">
        {t("skipToContent")}
      </a>
      <StaffHeader session={session} />
      <main id="main" className="staff-main" tabIndex={-1}>
        {children}
      </main>
    </NextIntlClientProvider>
  );
}
