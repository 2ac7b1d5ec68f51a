"use client";

import { useEffect, useReducer, useRef, useState } from "react";
import { bangkokDate } from "@/lib/calendar/dates";
import type { Locale } from "@/lib/i18n/localized";
import { applyDisplayEvent, earlierCalls, rollOverDisplay, type DisplayEvent, type DisplayState } from "@/lib/queue/display-model";
import { useLiveEvents } from "../../staff/_live/use-live-events";
import { createChime, type Chime } from "./chime";
import { BellIcon, BothLanguages, Clock, ServingCard, TicketRow, type DisplayTexts } from "./display-parts";

export const DISPLAY_EVENTS_URL = "/api/display/events";

type Props = {
  initial: DisplayState;
  serverNow: string;
  primary: Locale;
  texts: Record<Locale, DisplayTexts>;
  /** An enrolled screen's token: it streams from its own pool, and is set up to play sound unattended. */
  deviceToken: string | null;
};

type Action = DisplayEvent | { type: "rollover"; today: string };

function reduce(state: DisplayState, action: Action): DisplayState {
  return action.type === "rollover" ? rollOverDisplay(state, action.today) : applyDisplayEvent(state, action);
}

export function DisplayScreen({ initial, serverNow, primary, texts, deviceToken }: Props) {
  const [state, dispatch] = useReducer(reduce, initial);
  const [now, setNow] = useState(() => new Date(serverNow));
  const [sound, setSound] = useState<"unknown" | "locked" | "on">("unknown");
  const chime = useRef<Chime | null>(null);
  const secondary: Locale = primary === "th" ? "en" : "th";

  useEffect(() => {
    const created = createChime();
    chime.current = created;
    // A browser that allows autoplay (the kiosk launcher's) needs no tap; otherwise a small
    // button offers sound, and the board is never covered: calls show without it.
    const update = () => setSound(created.ready ? "on" : "locked");
    const stop = created.onChange(update);
    const check = setTimeout(update, 100);
    return () => {
      stop();
      clearTimeout(check);
      created.close();
      chime.current = null;
    };
  }, []);

  useEffect(() => {
    const tick = setInterval(() => {
      const current = new Date();
      setNow(current);
      dispatch({ type: "rollover", today: bangkokDate(current) });
    }, 10_000);
    return () => clearInterval(tick);
  }, []);

  const eventsUrl = deviceToken ? `${DISPLAY_EVENTS_URL}?device=${encodeURIComponent(deviceToken)}` : DISPLAY_EVENTS_URL;
  const status = useLiveEvents<DisplayEvent>(eventsUrl, (event) => {
    dispatch(event);
    if (event.type === "ticket.called") chime.current?.play();
  });

  const enableSound = async () => {
    const unlocked = (await chime.current?.unlock()) ?? false;
    setSound(unlocked ? "on" : "locked");
    if (unlocked) chime.current?.play();
  };

  const latest = state.recent.find((t) => t.status === "called") ?? null;
  // As many as fit beside the counters on a 16:9 screen.
  const earlier = earlierCalls(state).slice(0, 4);

  return (
    <main className="queue-display" lang={primary}>
      <header className="queue-display__bar">
        <div>
          <p className="queue-display__org">
            {texts[primary].municipality} · <span lang={secondary}>{texts[secondary].municipality}</span>
          </p>
          <h1 className="queue-display__title">
            <BothLanguages texts={texts} primary={primary} name="title" />
          </h1>
        </div>
        <div className="queue-display__status">
          <Clock now={now} />
          <p className={`queue-display__live queue-display__live--${status}`}>
            {status === "open" ? <BothLanguages texts={texts} primary={primary} name="live" /> : <BothLanguages texts={texts} primary={primary} name="reconnecting" />}
            {sound === "locked" ? (
              <span className="queue-display__mute">
                {" · "}
                <BothLanguages texts={texts} primary={primary} name="soundOff" />
              </span>
            ) : null}
          </p>
        </div>
      </header>

      <section className="queue-display__latest" aria-labelledby="latest-heading">
        <h2 id="latest-heading">
          <BothLanguages texts={texts} primary={primary} name="latest" />
        </h2>
        <div role="status" aria-live="assertive" aria-atomic="true">
          {latest ? <ServingCard key={`${latest.division.code}:${latest.ticket}:${latest.calledAt}`} ticket={latest} texts={texts} primary={primary} hero /> : (
            <p className="queue-display__empty">
              <BothLanguages texts={texts} primary={primary} name="noneYet" />
            </p>
          )}
        </div>
      </section>

      <div className="queue-display__columns">
        <section aria-labelledby="serving-heading">
          <h2 id="serving-heading">
            <BothLanguages texts={texts} primary={primary} name="nowServing" />
          </h2>
          <ul className="queue-display__grid">
            {state.serving.map((ticket) => (
              <li key={`${ticket.division.code}:${ticket.ticket}`}>
                <ServingCard ticket={ticket} texts={texts} primary={primary} />
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="earlier-heading">
          <h2 id="earlier-heading">
            <BothLanguages texts={texts} primary={primary} name="earlier" />
          </h2>
          <ul className="queue-display__list">
            {earlier.map((ticket) => (
              <TicketRow key={`${ticket.division.code}:${ticket.ticket}`} ticket={ticket} texts={texts} primary={primary} />
            ))}
          </ul>
        </section>
      </div>

      {sound === "locked" && !deviceToken ? (
        <button type="button" className="queue-display__unlock" onClick={enableSound}>
          <BellIcon />
          <span className="queue-display__unlock-main">
            <BothLanguages texts={texts} primary={primary} name="enableSound" />
          </span>
          <span className="queue-display__unlock-hint">
            <BothLanguages texts={texts} primary={primary} name="enableSoundHint" />
          </span>
        </button>
      ) : null}
    </main>
  );
}
