import { randomBytes } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { logAccess } from "./access-log";
import { deriveKey, PASSWORD_LIMITS } from "./kdf";
import { unwrapSecretKey, type UnlockedRecipient } from "./recipient-keys";
import { lock, sodium, unlock, type Sodium } from "./sodium";
import { addressThrottle } from "./throttle";

/** Idle for half an hour, or eight hours in all, and the recipient signs in again. */
export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_MAX_MS = 8 * 60 * 60 * 1000;

const required = { message: "กรุณากรอกชื่อผู้รับเรื่องและรหัสผ่าน / Please enter the recipient name and the password" };
export const recipientSignInSchema = z.object({
  name: z.string().trim().toLowerCase().min(1, required).max(60, required),
  password: z.string().min(1, required).max(1_000, required),
});

/**
 * Wrong passwords: five per address and ten per recipient name in 15 minutes. The name's
 * limit stops guessing spread over many addresses; both are kept under a keyed hash for
 * the window only (throttle.ts), never as the address or the name.
 */
const WINDOW_MS = 15 * 60 * 1000;
export const signInThrottles = {
  address: addressThrottle({ name: "recipient-address", limit: 5, windowMs: WINDOW_MS }),
  name: addressThrottle({ name: "recipient-name", limit: 10, windowMs: WINDOW_MS }),
};

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** From the cookie's token: the row's id and the key that opens the row's secret key. */
export function sessionSecrets(s: Sodium, token: string): { id: string; key: Uint8Array } {
  const bytes = s.from_string(token);
  return {
    id: s.to_hex(s.crypto_generichash(32, bytes, s.from_string("integrity-session-id"))),
    key: s.crypto_generichash(s.crypto_secretbox_KEYBYTES, bytes, s.from_string("integrity-session-key")),
  };
}

/** Whether a session row may still be used at `now` (pure: the idle and absolute limits). */
export function sessionLive(row: { lastUsedAt: Date; expiresAt: Date }, now: Date): boolean {
  return now.getTime() - row.lastUsedAt.getTime() < SESSION_IDLE_MS && now < row.expiresAt;
}

const staleSessions = (now: Date) => ({ OR: [{ expiresAt: { lte: now } }, { lastUsedAt: { lte: new Date(now.getTime() - SESSION_IDLE_MS) } }] });

/** Sessions nobody can use any more (idle or past their end), removed by the hourly job. */
export async function purgeRecipientSessions(now = new Date()): Promise<number> {
  return (await db.integrityRecipientSession.deleteMany({ where: staleSessions(now) })).count;
}

export type SignInResult = { ok: true; token: string } | { ok: false; code: "invalid" | "throttled" };

/**
 * Unlock the recipient's secret key with their password and keep it only sealed under a new
 * random token that goes to the browser's cookie: the database alone (or a copy of it) cannot
 * open it, and the cookie alone is useless without the row. An unknown name costs the same
 * Argon2id as a wrong password, so the answer's timing does not say which names exist.
 */
export async function startRecipientSession(input: { name: string; password: string }, client: string, now = new Date()): Promise<SignInResult> {
  const parsed = recipientSignInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: "invalid" };
  const { name, password } = parsed.data;
  const at = now.getTime();
  if (!(await signInThrottles.address.allowed(client, at)) || !(await signInThrottles.name.allowed(name, at))) return { ok: false, code: "throttled" };
  const s = await sodium();
  const staff = await db.staffUser.findUnique({ where: { username: name }, select: { id: true, active: true } });
  const row = staff?.active ? await db.integrityRecipient.findUnique({ where: { staffUserId: staff.id } }) : null;
  const secretKey = row ? unwrapSecretKey(s, row, password) : (s.memzero(deriveKey(s, password, s.randombytes_buf(s.crypto_pwhash_SALTBYTES), PASSWORD_LIMITS)), null);
  if (!row || !secretKey) {
    await signInThrottles.address.count(client, at);
    await signInThrottles.name.count(name, at);
    return { ok: false, code: "invalid" };
  }
  const token = randomBytes(32).toString("base64url");
  const secrets = sessionSecrets(s, token);
  try {
    await db.$transaction(async (tx) => {
      await tx.integrityRecipientSession.deleteMany({ where: staleSessions(now) });
      await tx.integrityRecipientSession.create({ data: { id: secrets.id, recipientId: row.id, secretKeyBox: lock(s, secretKey, secrets.key), lastUsedAt: now, expiresAt: new Date(at + SESSION_MAX_MS) } });
      await logAccess(tx, null, { actor: "recipient", recipientId: row.id }, "recipient_signed_in");
    });
  } finally {
    s.memzero(secretKey);
    s.memzero(secrets.key);
  }
  return { ok: true, token };
}

/**
 * The recipient behind a cookie's token, with their secret key open in memory for this
 * request only (the caller zeroes it: see withRecipient). A deactivated staff account, a
 * removed recipient, an idle or old session: none.
 */
export async function resumeRecipientSession(token: string | undefined, now = new Date()): Promise<UnlockedRecipient | null> {
  if (!token || !TOKEN.test(token)) return null;
  const s = await sodium();
  const secrets = sessionSecrets(s, token);
  try {
    const row = await db.integrityRecipientSession.findUnique({ where: { id: secrets.id }, include: { recipient: { select: { id: true, staffUserId: true, publicKey: true } } } });
    if (!row) return null;
    const staff = await db.staffUser.findUnique({ where: { id: row.recipient.staffUserId }, select: { active: true } });
    if (!sessionLive(row, now) || !staff?.active) {
      await db.integrityRecipientSession.deleteMany({ where: { id: row.id } });
      return null;
    }
    const secretKey = unlock(s, row.secretKeyBox, secrets.key);
    if (!secretKey) return null;
    await db.integrityRecipientSession.update({ where: { id: row.id }, data: { lastUsedAt: now } });
    return { recipientId: row.recipient.id, publicKey: row.recipient.publicKey, secretKey };
  } finally {
    s.memzero(secrets.key);
  }
}

/** Run `run` as the session's recipient and zero the secret key afterwards; null when signed out. */
export async function withRecipient<T>(token: string | undefined, run: (who: UnlockedRecipient) => Promise<T>): Promise<T | null> {
  const who = await resumeRecipientSession(token);
  if (!who) return null;
  try {
    return await run(who);
  } finally {
    (await sodium()).memzero(who.secretKey);
  }
}

/** Sign out: the row goes, and with it the only copy of the key the token could open. */
export async function endRecipientSession(token: string | undefined): Promise<void> {
  if (!token || !TOKEN.test(token)) return;
  const s = await sodium();
  const secrets = sessionSecrets(s, token);
  s.memzero(secrets.key);
  const row = await db.integrityRecipientSession.findUnique({ where: { id: secrets.id }, select: { id: true, recipientId: true } });
  if (!row) return;
  await db.$transaction(async (tx) => {
    await tx.integrityRecipientSession.delete({ where: { id: row.id } });
    await logAccess(tx, null, { actor: "recipient", recipientId: row.recipientId }, "recipient_signed_out");
  });
}
