import type { RawSql } from "@/lib/db/client";

/** A Prisma transaction client, or on SQLite the driver adapter's own (lib/requests/filing-transaction.ts). */
type Executor = RawSql;

/**
 * The filing transaction's statements as SQL through the Prisma client.
 *
 * Measured on the reference machine: a Prisma model query costs ~0.65 ms, the same
 * statement as raw SQL ~0.15 ms, and a filing runs seven of them inside its transaction,
 * which holds the database's single writer lock. The kiosk's 300 filings/s goal needs that
 * difference, and on SQLite they skip the Prisma client altogether (filing-transaction.ts). Portable SQL (INSERT … ON CONFLICT … RETURNING) that SQLite and PostgreSQL
 * both run; the rest of the application reads and writes through Prisma's models.
 */

/** Atomically add one to two named counters and return their new values (1 the first time). */
export async function nextCounterValues(tx: Executor, first: string, second: string): Promise<[number, number]> {
  const rows = await tx.$queryRaw<{ key: string; value: bigint | number }[]>`
    INSERT INTO "Counter" ("key", "value") VALUES (${first}, 1), (${second}, 1)
    ON CONFLICT ("key") DO UPDATE SET "value" = "Counter"."value" + 1
    RETURNING "key", "value"`;
  const value = (key: string) => Number(rows.find((row) => row.key === key)!.value);
  return [value(first), value(second)];
}

/**
 * Use up an attestation nonce: ours, unused, unexpired, and issued before the card was
 * read (within the tolerated clock skew). False when any of that fails.
 */
export async function markNonceUsed(tx: Executor, nonce: string, readAt: Date, now: Date, skewMs: number): Promise<boolean> {
  const rows = await tx.$queryRaw<{ nonce: string }[]>`
    UPDATE "AttestationNonce" SET "usedAt" = ${now}
    WHERE "nonce" = ${nonce} AND "usedAt" IS NULL AND "expiresAt" > ${now} AND "issuedAt" <= ${new Date(readAt.getTime() + skewMs)}
    RETURNING "nonce"`;
  return rows.length === 1 && readAt.getTime() <= now.getTime() + skewMs;
}

export type NewRequest = {
  reference: string;
  fiscalYear: number;
  sequence: number;
  trackingToken: string;
  serviceId: number;
  divisionId: number;
  channel: string;
  applicant: string;
  applicantKey: string | null;
  identitySource: string;
  identityDetail: string;
  kioskId: number | null;
  answers: string;
  dueDate: string;
  /** "service" or "complaint", copied from the service; complaints also get acknowledgeBy. */
  kind: string;
  acknowledgeBy: string | null;
  queueDate: string;
  queueTicket: string;
  idempotencyKey: string | null;
  createdAt: Date;
  place: Place | null;
  sender: Sender | null;
};

/** The key another system filed with (Open311), and what it sent to be public: its words, a photo link. */
export type Sender = { apiKeyId: number; description: string | null; mediaUrl: string | null };

/** Where a request happens: coordinates only with the resident's consent; text from other systems. */
export type Place = { text: string; latitude: number | null; longitude: number | null };

export async function insertRequest(tx: Executor, r: NewRequest): Promise<number> {
  const rows = await tx.$queryRaw<{ id: bigint | number }[]>`
    INSERT INTO "Request" ("reference", "fiscalYear", "sequence", "trackingToken", "serviceId", "divisionId", "channel",
      "status", "applicant", "applicantKey", "identitySource", "identityDetail", "kioskId", "answers", "dueDate",
      "queueDate", "queueTicket", "ticketStatus", "idempotencyKey", "createdAt", "updatedAt",
      "locationText", "latitude", "longitude", "apiKeyId", "description", "mediaUrl", "kind", "acknowledgeBy")
    VALUES (${r.reference}, ${r.fiscalYear}, ${r.sequence}, ${r.trackingToken}, ${r.serviceId}, ${r.divisionId}, ${r.channel},
      'new', ${r.applicant}, ${r.applicantKey}, ${r.identitySource}, ${r.identityDetail}, ${r.kioskId}, ${r.answers}, ${r.dueDate},
      ${r.queueDate}, ${r.queueTicket}, 'waiting', ${r.idempotencyKey}, ${r.createdAt}, ${r.createdAt},
      ${r.place?.text || null}, ${r.place?.latitude ?? null}, ${r.place?.longitude ?? null},
      ${r.sender?.apiKeyId ?? null}, ${r.sender?.description ?? null}, ${r.sender?.mediaUrl ?? null}, ${r.kind}, ${r.acknowledgeBy})
    RETURNING "id"`;
  return Number(rows[0]!.id);
}

export type NewEvent = { requestId: number; type: string; public: boolean; messageTh: string; messageEn: string; detail: string; createdAt: Date };

export async function insertEvent(tx: Executor, e: NewEvent): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "RequestEvent" ("requestId", "type", "public", "messageTh", "messageEn", "detail", "createdAt")
    VALUES (${e.requestId}, ${e.type}, ${e.public}, ${e.messageTh}, ${e.messageEn}, ${e.detail}, ${e.createdAt})`;
}

export type NewAuditEntry = {
  at: Date;
  actorType: string;
  actorId: number | null;
  actorLabel: string;
  action: string;
  subjectType: string;
  subjectId: string;
  personKey: string | null;
  detail: string;
};

export async function insertAuditEntry(tx: Executor, a: NewAuditEntry): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "AuditLog" ("at", "actorType", "actorId", "actorLabel", "action", "subjectType", "subjectId", "personKey", "detail")
    VALUES (${a.at}, ${a.actorType}, ${a.actorId}, ${a.actorLabel}, ${a.action}, ${a.subjectType}, ${a.subjectId}, ${a.personKey}, ${a.detail})`;
}

/** What the eligibility rules left for the officer (lib/eligibility/flags.ts); only written when there is something. */
export async function setEligibilityFlags(tx: Executor, requestId: number, flags: string): Promise<void> {
  await tx.$executeRaw`UPDATE "Request" SET "eligibilityFlags" = ${flags} WHERE "id" = ${requestId}`;
}
