import "./counter.css";
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/localized";
import { getCounterState } from "@/lib/queue/counter-state";
import { can } from "@/lib/staff/policy";
import { requireStaff } from "@/lib/staff/session";
import { LiveRefresh } from "../_live/live-refresh";
import { CounterPanel, type PanelMissed, type PanelQueue, type PanelTicket } from "./_components/counter-panel";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "counter.panel" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

const TIME = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Bangkok", hour: "2-digit", minute: "2-digit", hour12: false });

/** The counter: the officer's counter number, their queues, call next, and the ticket at the counter. */
export default async function CounterPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  const t = await getTranslations("counter.panel");
  // The panel's own texts only go to the browser.
  const messages = (await getMessages()) as unknown as { counter: { panel: Record<string, unknown> } };
  const state = await getCounterState({ staff });
  const name = (d: { nameTh: string; nameEn: string }) => (locale === "th" ? d.nameTh : d.nameEn);

  const queues: PanelQueue[] = state.queues.map((q) => ({ id: q.division.id, name: name(q.division), waiting: q.waiting, next: q.next }));
  const current: PanelTicket | null = state.current && {
    ticket: state.current.ticket,
    reference: state.current.reference,
    divisionName: name(state.current.division),
    calledAt: TIME.format(state.current.calledAt),
    canOpen: state.current.reference !== null && can(staff, "request.view", state.current.division.id),
  };

  const missed: PanelMissed[] = state.missed.map((m) => ({ reference: m.reference, ticket: m.ticket, divisionName: name(m.division), calledAt: TIME.format(m.calledAt) }));

  return (
    <div className="staff-page counter-page">
      <h1>{t("title")}</h1>
      <p className="counter-page__intro">{t("intro")}</p>
      <NextIntlClientProvider messages={{ counter: { panel: messages.counter.panel } }}>
        <CounterPanel counter={state.counter} queues={queues} current={current} missed={missed} settled={state.settledHere} />
      </NextIntlClientProvider>
      <LiveRefresh divisionIds={queues.map((q) => q.id)} types={["request.filed", "request.transferred", "ticket.called", "ticket.closed"]} />
    </div>
  );
}
