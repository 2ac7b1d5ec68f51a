import nodemailer, { type Mail } from "nodemailer";
import { db } from "@/lib/db/client";
import { DataKeyError, unseal } from "@/lib/security/data-key";
import { recipientContext } from "./outbox";
import { mailSettings, type MailSettings } from "./settings";

/** How long to wait after the 1st, 2nd, ... failed attempt: about 15 hours in all. */
export const RETRY_DELAYS_MS = [1, 5, 30, 120, 720].map((minutes) => minutes * 60_000);
/** After this many attempts a message is failed: staff see it and may retry it. */
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
/** A claimed message is not offered again before this (the last attempt has no delay of its own). */
const LAST_ATTEMPT_LEASE_MS = 5 * 60_000;
const BATCH = 50;

export type DeliveryRun = { sent: number; retrying: number; failed: number };

/**
 * Send the mail that is due. Each message is claimed before it is sent, by moving its
 * next attempt to when a retry would be due, but only if no one moved it first: two runs
 * (two timers, two processes) never send one message twice. If this process dies during a
 * send, the claim lapses and the message goes at its next attempt.
 *
 * A failure leaves the message pending until that time (1 min, 5, 30, 2 h, 12 h); after the
 * last attempt, or at once when the server refuses the address or message for good (5xx),
 * it is failed.
 * lastError holds the error's code and reply number, never the address or the text.
 */
export async function deliverDueMail(options: { now?: Date; settings?: MailSettings } = {}): Promise<DeliveryRun> {
  const settings = options.settings ?? mailSettings();
  const run: DeliveryRun = { sent: 0, retrying: 0, failed: 0 };
  if (!settings.enabled) return run;
  const now = options.now ?? new Date();
  const transport = nodemailer.createTransport({
    ...settings.smtp,
    // Well inside the first claim (1 min), so a slow server cannot get a message sent twice.
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  try {
    for (;;) {
      const due = await db.mailMessage.findMany({
        where: { status: "pending", nextAttemptAt: { lte: now } },
        orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
        take: BATCH,
        select: { id: true, requestId: true, attempts: true, recipient: true, subject: true, text: true, html: true },
      });
      for (const message of due) {
        const attempt = message.attempts + 1;
        const claimed = await db.mailMessage.updateMany({
          where: { id: message.id, status: "pending", attempts: message.attempts, nextAttemptAt: { lte: now } },
          data: { attempts: attempt, nextAttemptAt: new Date(now.getTime() + (RETRY_DELAYS_MS[message.attempts] ?? LAST_ATTEMPT_LEASE_MS)) },
        });
        if (claimed.count !== 1) continue;
        const outcome = await sendOne(transport, settings.from, message);
        if (outcome === "sent") {
          // The address is no longer needed once the mail has gone (PDPA: keep no more than needed).
          await db.mailMessage.update({ where: { id: message.id }, data: { status: "sent", sentAt: now, recipient: "", lastError: "" } });
          run.sent++;
        } else if (outcome.permanent || attempt >= MAX_ATTEMPTS) {
          await db.mailMessage.update({ where: { id: message.id }, data: { status: "failed", lastError: outcome.error } });
          run.failed++;
        } else {
          await db.mailMessage.update({ where: { id: message.id }, data: { lastError: outcome.error } });
          run.retrying++;
        }
      }
      if (due.length < BATCH) return run;
    }
  } finally {
    transport.close();
  }
}

type Outcome = "sent" | { error: string; permanent: boolean };

async function sendOne(
  transport: Mail,
  from: string,
  message: { requestId: number | null; recipient: string; subject: string; text: string; html: string },
): Promise<Outcome> {
  let to: string;
  try {
    to = unseal(message.recipient, recipientContext(message.requestId ?? 0));
  } catch (error) {
    if (!(error instanceof DataKeyError)) throw error;
    return { error: "recipient address unreadable (data key)", permanent: true };
  }
  try {
    await transport.sendMail({
      from,
      to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      // RFC 3834: no out-of-office replies to an automatic message.
      headers: { "Auto-Submitted": "auto-generated" },
    });
    return "sent";
  } catch (error) {
    return describeFailure(error);
  }
}

/** The error without what the server echoed back (a reply may quote the address). */
export function describeFailure(error: unknown): { error: string; permanent: boolean } {
  const details = (error ?? {}) as { code?: unknown; responseCode?: unknown };
  const code = typeof details.code === "string" && /^[A-Z_]{2,20}$/.test(details.code) ? details.code : "ERROR";
  const reply = typeof details.responseCode === "number" ? details.responseCode : null;
  // Only a refused address or message is final: a wrong password or a full server may be fixed.
  const permanent = reply !== null && reply >= 500 && reply < 600 && (code === "EENVELOPE" || code === "EMESSAGE");
  return { error: reply === null ? code : `${code} ${reply}`, permanent };
}
