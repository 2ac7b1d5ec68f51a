import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { RawSql } from "@/lib/db/client";
import { markNonceUsed } from "@/lib/requests/filing-store";

/**
 * Nonces the server hands the kiosk page for each card read. The agent signs the read with
 * one, so a signed read cannot be replayed: each nonce files at most one request, and only
 * within its lifetime (a resident's whole visit at the kiosk, with room to spare).
 */
export const NONCE_LIFETIME_MS = 20 * 60_000;
/** Clock difference tolerated between the kiosk PC and the server. */
const CLOCK_SKEW_MS = 2 * 60_000;
const PRUNE_EVERY_MS = 10 * 60_000;
let lastPrune = 0;

export async function issueNonce(now = new Date()): Promise<{ nonce: string; expiresAt: Date }> {
  const nonce = randomBytes(24).toString("base64url");
  const expiresAt = new Date(now.getTime() + NONCE_LIFETIME_MS);
  await db.attestationNonce.create({ data: { nonce, issuedAt: now, expiresAt } });
  if (now.getTime() - lastPrune > PRUNE_EVERY_MS) {
    lastPrune = now.getTime();
    // Kept a day after expiry so a late retry gets "expired", then forgotten.
    await db.attestationNonce.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - 24 * 3_600_000) } } });
  }
  return { nonce, expiresAt };
}

/**
 * Use up a nonce inside the filing's transaction: it must be ours, unused, unexpired, and
 * the card must have been read after it was issued.
 */
export async function consumeNonce(tx: RawSql, nonce: string, readAt: Date, now: Date): Promise<void> {
  if (Number.isNaN(readAt.getTime()) || !(await markNonceUsed(tx, nonce, readAt, now, CLOCK_SKEW_MS))) {
    throw new AppError("nonce_invalid");
  }
}
