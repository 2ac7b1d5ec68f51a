"use client";

import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import { bangkokDate } from "@/lib/calendar/dates";
import type { Attestation } from "@/lib/kiosk/contract";
import { checkDrafts, contactPhoneValue, draftsToAnswers } from "@/lib/kiosk/draft";
import { buildFilingRequest, cardForServer, looksLikeCardData } from "@/lib/kiosk/filing-body";
import { initialKioskState, kioskReducer } from "@/lib/kiosk/flow";
import type { KioskService } from "@/lib/kiosk/kiosk-services";
import { maskCitizenId } from "@/lib/privacy/mask";
import { newUuid } from "@/lib/kiosk/uuid";
import { AttractScreen, ReadingScreen } from "./attract-screen";
import { CancelButton } from "./cancel-button";
import { displayName } from "./card-details";
import { DemoControls } from "./demo-controls";
import { EligibilityScreen } from "./eligibility-screen";
import { cardEligibility, refusalFailures } from "./eligibility";
import { FormScreen } from "./form-screen";
import { IdleDialog } from "./idle-dialog";
import { PrivacyScreen } from "./privacy-screen";
import { ReceiptScreen, ReceiptSlip } from "./receipt-screen";
import { ReviewScreen } from "./review-screen";
import { ServicesScreen } from "./services-screen";
import type { BothTexts, Locale } from "./texts";
import { readerState, useAgent, type AgentMessage } from "./use-agent";
import { useFiling } from "./use-filing";
import { useIdle } from "./use-idle";
import { useNonces } from "./use-nonce";

export type KioskAppProps = {
  homeLocale: Locale;
  texts: BothTexts;
  services: KioskService[];
  agentUrl: string;
  idleWarningSeconds: number;
  idleResetSeconds: number;
  demoAllowed: boolean;
};

/** Agent errors that are not about a read (answers to the demo controls). */
const NOT_READ_ERRORS = new Set(["not-virtual", "unknown-card"]);
/** A read that has not answered by then is given up (the resident can insert the card again). */
const READ_TIMEOUT_MS = 20_000;
/** How long the attract screen explains why it came back. */
const NOTICE_MS = 8000;

/**
 * The kiosk: the flow's state (lib/kiosk/flow.ts) wired to the card agent, the server and the
 * idle timer. Card data lives only in this component's state.
 */
export function KioskApp({ homeLocale, texts, services, agentUrl, idleWarningSeconds, idleResetSeconds, demoAllowed }: KioskAppProps) {
  const [state, dispatch] = useReducer(kioskReducer, homeLocale, initialKioskState);
  const { view, locale } = state;
  const altLocale: Locale = locale === "th" ? "en" : "th";
  const t = texts[locale];
  const { prefetch, take } = useNonces();
  const expectedNonce = useRef<string | null>(null);

  const onAgentMessage = useCallback((message: AgentMessage) => {
    switch (message.type) {
      case "card-inserted":
        return dispatch({ type: "card-inserted" });
      case "card-removed":
        return dispatch({ type: "card-removed" });
      case "card-read": {
        // Only the read this page asked for, with the nonce it sent.
        if (expectedNonce.current === null || message.attestation?.nonce !== expectedNonce.current) return;
        expectedNonce.current = null;
        if (!looksLikeCardData(message.data)) return dispatch({ type: "read-failed", code: "unreadable" });
        return dispatch({
          type: "card-read",
          card: cardForServer(message.data),
          attestation: message.attestation as unknown as Attestation,
          idempotencyKey: newUuid(),
        });
      }
      case "error":
        if (expectedNonce.current === null || NOT_READ_ERRORS.has(message.code)) return;
        expectedNonce.current = null;
        return dispatch({ type: "read-failed", code: message.code });
    }
  }, []);
  const { status: agent, send } = useAgent(agentUrl, onAgentMessage);

  // A removal can no longer be seen once the agent is gone: drop the visit.
  useEffect(() => {
    if (agent.link !== "open") dispatch({ type: "agent-lost" });
  }, [agent.link]);

  // Ask the agent for a read (a fresh nonce each time) when a card goes in, or to re-read.
  const readKey = view.screen === "reading" ? view : "session" in view && view.session.submit.status === "rereading" ? view.session.submit : null;
  useEffect(() => {
    if (readKey === null) return;
    let live = true;
    take().then(
      (nonce) => {
        if (!live) return;
        expectedNonce.current = nonce;
        if (!send({ type: "read", nonce, photo: false })) {
          expectedNonce.current = null;
          dispatch({ type: "read-failed", code: "no-service" });
        }
      },
      () => live && dispatch({ type: "read-failed", code: "server" }),
    );
    // A read takes well under a second; one that never answers must not hold the screen.
    const giveUp = setTimeout(() => live && dispatch({ type: "read-failed", code: "timeout" }), READ_TIMEOUT_MS);
    return () => {
      live = false;
      clearTimeout(giveUp);
      if (expectedNonce.current !== null) {
        expectedNonce.current = null;
        send({ type: "cancel" });
      }
    };
  }, [readKey, take, send]);

  // While waiting for a card, hold a nonce ready.
  const waiting = view.screen === "attract";
  useEffect(() => {
    if (!waiting) return;
    prefetch();
    const timer = setInterval(prefetch, 60_000);
    return () => clearInterval(timer);
  }, [waiting, prefetch]);

  const notice = view.screen === "attract" ? view.notice : null;
  useEffect(() => {
    if (notice === null) return;
    const timer = setTimeout(() => dispatch({ type: "clear-notice" }), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  useFiling(view, dispatch);

  const session = "session" in view ? view.session : null;

  const secondsLeft = useIdle({
    // Not while the kiosk itself is busy sending or re-reading: the resident is waiting on us.
    active: view.screen !== "attract" && view.screen !== "reading" && !(session && ["sending", "rereading"].includes(session.submit.status)),
    warning: state.idleWarning,
    warnSeconds: idleWarningSeconds,
    resetSeconds: idleResetSeconds,
    onWarn: () => dispatch({ type: "idle-warning" }),
    onTimeout: () => dispatch({ type: "idle-timeout" }),
  });

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = `${t.title} | ${t.municipality}`;
  }, [locale, t]);

  const service = session?.serviceCode ? services.find((s) => s.code === session.serviceCode) : undefined;
  const name = session ? displayName(session.card, locale) : "";
  const maskedId = session ? maskCitizenId(session.card.citizenId) : "";
  const reader = readerState(agent);
  // "Yes, continue" on the eligibility screen (applying for someone else), for this visit and service only.
  const [goneOnFor, setGoneOnFor] = useState<string | null>(null);
  const visitService = session && service ? `${session.idempotencyKey}:${service.code}` : null;

  let screen: React.ReactNode;
  switch (view.screen) {
    case "attract":
      screen = <AttractScreen t={t} alt={texts[altLocale]} altLocale={altLocale} notice={view.notice} problem={view.problem} reader={reader} />;
      break;
    case "reading":
      screen = <ReadingScreen t={t} />;
      break;
    case "privacy":
      screen = <PrivacyScreen t={t} name={name} maskedId={maskedId} onAcknowledge={() => dispatch({ type: "ack-privacy" })} />;
      break;
    case "receipt":
      screen = <ReceiptScreen t={t} locale={locale} receipt={view.receipt} onDone={() => dispatch({ type: "done" })} />;
      break;
    default:
      if (!session) break;
      if (view.screen === "services" || !service) {
        screen = (
          <ServicesScreen
            t={t}
            locale={locale}
            services={services}
            onChoose={(code) => dispatch({ type: "choose-service", code })}
            onBack={() => dispatch({ type: "back" })}
          />
        );
      } else if (view.screen === "form" && goneOnFor !== visitService && cardEligibility(service, session.card).outcome === "ineligible") {
        const { failures } = cardEligibility(service, session.card);
        screen = (
          <EligibilityScreen
            t={t}
            locale={locale}
            service={service}
            failures={failures}
            onBack={() => dispatch({ type: "back" })}
            onContinue={failures.every((failure) => failure.unless) ? () => setGoneOnFor(visitService) : null}
          />
        );
      } else if (view.screen === "form") {
        screen = (
          <FormScreen
            t={t}
            locale={locale}
            service={service}
            session={session}
            onAnswer={(key, value) => dispatch({ type: "answer", key, value, fields: service.fields })}
            onPhone={(value) => dispatch({ type: "contact-phone", value })}
            onNext={() => dispatch({ type: "review", errors: checkDrafts(service.fields, session.answers, session.contactPhone, bangkokDate(new Date())) })}
            onBack={() => dispatch({ type: "back" })}
          />
        );
      } else {
        screen = (
          <ReviewScreen
            t={t}
            locale={locale}
            service={service}
            session={session}
            onChange={(key) => dispatch({ type: "change", key })}
            onSubmit={() =>
              dispatch({
                type: "submit",
                payload: buildFilingRequest({
                  idempotencyKey: session.idempotencyKey,
                  serviceCode: service.code,
                  answers: draftsToAnswers(service.fields, session.answers),
                  contactPhone: contactPhoneValue(session.contactPhone),
                  card: session.card,
                  attestation: session.attestation,
                  locale,
                }),
              })
            }
            onRetry={() => dispatch({ type: "retry" })}
            onReread={() => dispatch({ type: "reread" })}
            onBack={() => dispatch({ type: "back" })}
            refusal={session.submit.status === "failed" && session.submit.code === "not_eligible" ? refusalFailures(service, session) : undefined}
          />
        );
      }
  }

  return (
    <div className="kiosk">
      <header>
        <div className="kiosk-bar">
          <div className="kiosk-brand">
            <span className="kiosk-brand__seal" aria-hidden="true">
              ก้อ
            </span>
            <span>
              <span className="kiosk-brand__name">{t.municipality}</span>
              <span className="kiosk-brand__product">{t.product}</span>
            </span>
          </div>
          <p className={`kiosk-reader kiosk-reader--${reader}`} role="status">
            <span className="kiosk-reader__dot" aria-hidden="true" />
            {t.reader[reader]}
          </p>
          <button
            type="button"
            className="kiosk-button kiosk-lang"
            lang={altLocale}
            aria-label={t.otherLanguageLabel}
            onClick={() => dispatch({ type: "set-locale", locale: altLocale })}
          >
            {t.otherLanguage}
          </button>
        </div>
        {session ? (
          <div className="kiosk-session">
            <p>
              <span className="kiosk-visually-hidden">{t.identity.signedIn}: </span>
              <strong>{name}</strong> · {t.identity.citizenId} {maskedId}
            </p>
            <CancelButton t={t} onConfirm={() => dispatch({ type: "cancel" })} />
          </div>
        ) : null}
      </header>

      <main className="kiosk-main">{screen}</main>

      {demoAllowed && agent.virtual ? (
        <footer className="kiosk-foot">
          <DemoControls t={t} cards={agent.virtualCards} send={send} />
        </footer>
      ) : null}

      <IdleDialog
        t={t}
        open={state.idleWarning}
        secondsLeft={secondsLeft}
        onContinue={() => dispatch({ type: "still-here" })}
        onEnd={() => dispatch({ type: "cancel" })}
      />
      {view.screen === "receipt" ? <ReceiptSlip t={t} locale={locale} receipt={view.receipt} /> : null}
    </div>
  );
}
