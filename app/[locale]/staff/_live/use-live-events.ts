"use client";

import { useEffect, useEffectEvent, useState } from "react";

export type LiveStatus = "connecting" | "open" | "retrying";

/** Waits before reconnecting after the server refused or dropped the stream: 1 s, 2 s, 4 s, 8 s, then every 10 s. */
export function reconnectDelay(attempt: number): number {
  return Math.min(10_000, 1_000 * 2 ** Math.max(0, attempt));
}

/**
 * Listen to a server-sent event stream of JSON messages (GET /api/staff/events,
 * /api/display/events). EventSource retries a dropped connection by itself (the server
 * asks for 1 s); when it gives up (a 401, 503 or network failure) this opens a new one,
 * backing off. `onOpen(reconnected)` runs on every (re)connection: after a gap the
 * caller should reload what it shows, since events sent meanwhile were missed.
 */
export function useLiveEvents<E extends { type: string }>(
  url: string,
  onEvent: (event: E) => void,
  onOpen?: (reconnected: boolean) => void,
): LiveStatus {
  const [status, setStatus] = useState<LiveStatus>("connecting");
  const handleEvent = useEffectEvent(onEvent);
  const handleOpen = useEffectEvent((reconnected: boolean) => onOpen?.(reconnected));

  useEffect(() => {
    let source: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    let opened = false;
    let stopped = false;

    const connect = () => {
      source = new EventSource(url);
      source.onopen = () => {
        attempt = 0;
        setStatus("open");
        handleOpen(opened);
        opened = true;
      };
      source.onmessage = (message: MessageEvent<string>) => {
        let event: E;
        try {
          event = JSON.parse(message.data) as E;
        } catch {
          return;
        }
        handleEvent(event);
      };
      source.onerror = () => {
        setStatus("retrying");
        if (source?.readyState !== EventSource.CLOSED || stopped) return;
        source.close();
        timer = setTimeout(connect, reconnectDelay(attempt++));
      };
    };
    connect();
    return () => {
      stopped = true;
      clearTimeout(timer);
      source?.close();
    };
  }, [url]);

  return status;
}
