"use client";

import { useEffect, type Dispatch } from "react";
import { readFilingOutcome, type FilingOutcome } from "@/lib/kiosk/filing-body";
import type { KioskAction, View } from "@/lib/kiosk/flow";

/** Waits before each try: a lost answer or a busy server gets three more chances, same body. */
const TRIES_MS = [0, 1000, 2000, 4000];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends the filing while the flow says "sending": POST /api/kiosk/requests with the body the
 * flow holds, so every retry (automatic or a tap on "send again") carries the same
 * idempotency key and the same bytes. A request filed twice gets the same receipt.
 */
export function useFiling(view: View, dispatch: Dispatch<KioskAction>) {
  const submit = "session" in view && view.session.submit.status === "sending" ? view.session.submit : null;
  useEffect(() => {
    if (submit === null) return;
    const body = JSON.stringify(submit.payload);
    const controller = new AbortController();
    let live = true;

    (async () => {
      for (let index = 0; index < TRIES_MS.length; index++) {
        if (TRIES_MS[index]) await sleep(TRIES_MS[index]!);
        if (!live) return;
        let outcome: FilingOutcome;
        try {
          const response = await fetch("/api/kiosk/requests", {
            method: "POST",
            headers: { "content-type": "application/json" },
            body,
            cache: "no-store",
            signal: controller.signal,
          });
          outcome = readFilingOutcome(response.status, await response.json().catch(() => null));
        } catch {
          outcome = { kind: "refused", code: "network", retry: true };
        }
        if (!live) return;
        if (outcome.kind === "refused" && outcome.retry && index < TRIES_MS.length - 1) continue;
        if (outcome.kind === "filed") return dispatch({ type: "filed", receipt: outcome.receipt });
        if (outcome.kind === "invalid") return dispatch({ type: "invalid", fields: outcome.fields });
        return dispatch({ type: "refused", code: outcome.code });
      }
    })();

    return () => {
      live = false;
      controller.abort();
    };
  }, [submit, dispatch]);
}
