import "./kiosk.css";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/localized";
import { listKioskServices } from "@/lib/kiosk/kiosk-services";
import { kioskPageConfig } from "@/lib/kiosk/page-config";
import en from "@/messages/kiosk.en.json";
import th from "@/messages/kiosk.th.json";
import { KioskApp } from "./_components/kiosk-app";

// The catalogue changes when staff edit it, and the page's settings come from the environment.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "kiosk" });
  return { title: t("title"), robots: { index: false, follow: false }, manifest: "/kiosk.webmanifest" };
}

/**
 * The counter kiosk, full screen. Both languages' texts go to the browser as props (the
 * resident can switch language without losing the visit); no other messages are shipped.
 */
export default async function KioskPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const services = await listKioskServices();
  return <KioskApp homeLocale={locale} texts={{ th, en }} services={services} {...kioskPageConfig(process.env)} />;
}
