"use client";

import { useCallback, useRef } from "react";
import type { NonceResponse } from "@/lib/kiosk/contract";

/**
 * Nonces for card reads (POST /api/kiosk/nonce). One is fetched ahead while the kiosk waits
 * for a card, so the read starts the moment a card goes in. Each is used once. A prefetched
 * nonce older than this is replaced, so a visit always has most of the nonce's lifetime.
 */
const MAX_AGE_MS = 5 * 60_000;

type Held = { nonce: string; at: number };

async function fetchNonce(): Promise<string> {
  const response = await fetch("/api/kiosk/nonce", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: "{}",
    cache: "no-store",
  });
  if (!response.ok) throw new Error(`nonce: HTTP ${response.status}`);
  const body = (await response.json()) as Partial<NonceResponse>;
  if (typeof body.nonce !== "string") throw new Error("nonce: no nonce in the answer");
  return body.nonce;
}

export function useNonces() {
  const held = useRef<Held | null>(null);
  const pending = useRef<Promise<void> | null>(null);

  const fresh = (value: Held | null): value is Held => value !== null && Date.now() - value.at < MAX_AGE_MS;

  const prefetch = useCallback(() => {
    if (fresh(held.current) || pending.current !== null) return;
    pending.current = fetchNonce()
      .then((nonce) => {
        held.current = { nonce, at: Date.now() };
      })
      .catch(() => undefined) // the read itself will try again and say so
      .finally(() => {
        pending.current = null;
      });
  }, []);

  /** A nonce nobody has used: the prefetched one if still fresh, else a new one. */
  const take = useCallback(async (): Promise<string> => {
    if (!fresh(held.current) && pending.current !== null) await pending.current;
    const ready = held.current;
    held.current = null;
    return fresh(ready) ? ready.nonce : fetchNonce();
  }, []);

  return { prefetch, take };
}
