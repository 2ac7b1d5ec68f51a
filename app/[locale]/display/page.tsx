import "./display.css";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/localized";
import { enrolledDisplayName } from "@/lib/live/display-device";
import { getDisplayState } from "@/lib/queue/display-state";
import en from "@/messages/counter.en.json";
import th from "@/messages/counter.th.json";
import { DisplayScreen } from "./_components/display-screen";

// Today's tickets, read at each visit; then the screen follows the live stream.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ device?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "counter.display" });
  return { title: t("title"), robots: { index: false, follow: false }, manifest: "/display.webmanifest" };
}

/**
 * The waiting-room TV (/display, /en/display): public, full screen, both languages at
 * once (the address only decides which comes first). Tickets and counters only; nothing
 * that names a person. An enrolled screen (?device=, from `npm run kiosk -- display-url`)
 * streams from its own pool and never asks for a tap.
 */
export default async function DisplayPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const { device } = await searchParams;
  const token = typeof device === "string" && enrolledDisplayName(device) ? device : null;
  setRequestLocale(locale);
  const now = new Date();
  const state = await getDisplayState({ now });
  return <DisplayScreen initial={state} serverNow={now.toISOString()} primary={locale} texts={{ th: th.display, en: en.display }} deviceToken={token} />;
}
