"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import type { LiveEvent } from "@/lib/events/bus";
import { isRelevantEvent, type LiveFilter } from "@/lib/live/relevant-event";
import { useLiveEvents } from "./use-live-events";

export const STAFF_EVENTS_URL = "/api/staff/events";
const DEBOUNCE_MS = 150;
const VISUALLY_HIDDEN = { position: "absolute", width: 1, height: 1, overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" } as const;

export type LiveRefreshProps = LiveFilter & {
  /**
   * Said politely to screen readers when a request is filed in the divisions shown, e.g.
   * "New request {reference}" (the placeholder is replaced). Nothing is said when left out.
   */
  announceFiled?: string;
};

/**
 * Drop into a server-rendered staff page to keep it current: on each relevant live event
 * (and whenever the stream opens, since events may have been missed) the page's server
 * components are fetched again with router.refresh(), 150 ms after the first event of a burst.
 * Renders only a visually hidden aria-live region.
 */
export function LiveRefresh({ announceFiled, ...filter }: LiveRefreshProps) {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [announcement, setAnnouncement] = useState("");

  // The first event of a burst schedules one refresh; later ones join it (a steady stream
  // of filings still refreshes every 150 ms rather than never).
  const refreshSoon = () => {
    if (timer.current !== undefined) return;
    timer.current = setTimeout(() => {
      timer.current = undefined;
      router.refresh();
    }, DEBOUNCE_MS);
  };
  useEffect(() => () => clearTimeout(timer.current), []);

  const status = useLiveEvents<LiveEvent>(
    STAFF_EVENTS_URL,
    (event) => {
      if (!isRelevantEvent(event, filter)) return;
      refreshSoon();
      if (announceFiled && event.type === "request.filed") setAnnouncement(announceFiled.replace("{reference}", event.reference));
    },
    // On every open, the first one too: the page was rendered before the stream opened, and
    // a request filed in between would otherwise wait for the next event to appear.
    () => refreshSoon(),
  );

  return (
    <div aria-live="polite" aria-atomic="true" style={VISUALLY_HIDDEN} data-testid="live-refresh" data-status={status}>
      {announcement}
    </div>
  );
}
