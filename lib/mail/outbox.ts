import { z } from "zod";
import type { Prisma } from "@/lib/db/generated/client";
import { readApplicant } from "@/lib/requests/applicant";
import { seal } from "@/lib/security/data-key";
import { composeEventMail, type MailEvent, type MailRequest } from "./compose";
import { mailSettings, MailSettingsError, type MailSettings } from "./settings";

type Transaction = Prisma.TransactionClient;

/** What the outbox needs to know about the request; the filing passes it, others let it be read. */
export type OutboxRequest = MailRequest & { email: string | undefined };

/** The recipient is sealed per request, so an address copied to another request's mail is refused. */
export function recipientContext(requestId: number): string {
  return `MailMessage.recipient:request:${requestId}`;
}

const address = z.email();

/**
 * Queue the resident's mail for a timeline event, inside the transaction that records the
 * event: the mail is queued exactly when the event commits. Only for public events, only
 * when the applicant gave an address and email is on; anything else queues nothing and
 * never fails the caller's transaction. True when a message was queued (kick the sender
 * after the commit: lib/mail/kick.ts).
 */
export async function enqueueForEvent(
  tx: Transaction,
  requestId: number,
  event: MailEvent & { public: boolean },
  options: { now?: Date; request?: OutboxRequest; settings?: MailSettings } = {},
): Promise<boolean> {
  if (!event.public) return false;
  const settings = options.settings ?? currentSettings();
  if (!settings.enabled) return false;
  const request = options.request ?? (await readOutboxRequest(tx, requestId));
  const email = request?.email?.trim();
  if (!request || !email || !address.safeParse(email).success) return false;
  const mail = composeEventMail(request, event, settings.publicUrl);
  const now = options.now ?? new Date();
  await tx.mailMessage.create({
    data: { requestId, recipient: seal(email, recipientContext(requestId)), ...mail, nextAttemptAt: now, createdAt: now },
  });
  return true;
}

async function readOutboxRequest(tx: Transaction, requestId: number): Promise<OutboxRequest | null> {
  const row = await tx.request.findUnique({
    where: { id: requestId },
    select: { reference: true, trackingToken: true, applicant: true, service: { select: { nameTh: true, nameEn: true } } },
  });
  if (!row) return null;
  const applicant = readApplicant(row.applicant, row.reference);
  if (!applicant.success) return null;
  return { reference: row.reference, trackingToken: row.trackingToken, service: row.service, email: applicant.data.email };
}

let warned = false;

/** Wrong settings turn email off (said once, at start and here) rather than fail a filing. */
function currentSettings(): MailSettings {
  try {
    return mailSettings();
  } catch (error) {
    if (!(error instanceof MailSettingsError)) throw error;
    if (!warned) console.error(`[ko] email is off: ${error.message}`);
    warned = true;
    return { enabled: false };
  }
}
