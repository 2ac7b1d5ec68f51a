import { db } from "@/lib/db/client";
import { logAccess } from "./access-log";
import { reportContentSchema, type ReportContent } from "./content";
import { reportKeyFor } from "./recipient-access";
import type { UnlockedRecipient } from "./recipient-keys";
import { sodium, toBytes, unlockJson } from "./sodium";

type Candidate = { id: number; staffUserId: number; divisionId: number | null };

/**
 * May this recipient be given a report the reporter filed? Never one the reporter left
 * out or did not choose, never one in the accused division. Pure.
 */
export function mayReceive(candidate: Candidate, content: ReportContent, accusedDivisionId: number | null): boolean {
  const sharing = content.sharing ?? { chosenStaffIds: [], excludedStaffIds: [] };
  if (sharing.excludedStaffIds.includes(candidate.staffUserId)) return false;
  if (sharing.chosenStaffIds.length > 0 && !sharing.chosenStaffIds.includes(candidate.staffUserId)) return false;
  return accusedDivisionId === null || candidate.divisionId !== accusedDivisionId;
}

export type ReshareResult = { ok: true } | { ok: false; code: "notFound" | "notAllowed" };

/**
 * Seal a report's key to another recipient (one who lost their password and was given new
 * keys, or a new member of the committee). Only a recipient who can open the report can, and
 * only to a recipient the reporter's choice allows. The access log records it, without content.
 */
export async function reshareReport(who: UnlockedRecipient, reportId: string, targetRecipientId: number): Promise<ReshareResult> {
  const s = await sodium();
  const key = await reportKeyFor(s, who, reportId);
  if (!key) return { ok: false, code: "notFound" };
  try {
    const [target, allowed] = await Promise.all([
      db.integrityRecipient.findUnique({ where: { id: targetRecipientId }, select: { id: true, staffUserId: true, divisionId: true, publicKey: true, keys: { where: { reportId }, select: { reportId: true } } } }),
      allowedCandidates(reportId, key),
    ]);
    if (!target || target.keys.length > 0) return { ok: false, code: "notFound" };
    if (!allowed?.some((candidate) => candidate.id === target.id)) return { ok: false, code: "notAllowed" };
    await db.$transaction(async (tx) => {
      await tx.integrityReportKey.create({ data: { reportId, recipientId: target.id, sealedKey: toBytes(s.crypto_box_seal(key, target.publicKey)) } });
      await logAccess(tx, reportId, { actor: "recipient", recipientId: who.recipientId }, "recipient_reshared");
    });
    return { ok: true };
  } finally {
    s.memzero(key);
  }
}

/** The recipients this one may share the report with: allowed, and without a copy yet. */
export async function reshareCandidates(who: UnlockedRecipient, reportId: string): Promise<Candidate[]> {
  const s = await sodium();
  const key = await reportKeyFor(s, who, reportId);
  if (!key) return [];
  try {
    return (await allowedCandidates(reportId, key)) ?? [];
  } finally {
    s.memzero(key);
  }
}

async function allowedCandidates(reportId: string, key: Uint8Array): Promise<Candidate[] | null> {
  const s = await sodium();
  const row = await db.integrityReport.findUnique({ where: { id: reportId }, select: { contentBox: true } });
  if (!row) return null;
  const content = reportContentSchema.parse(unlockJson(s, row.contentBox, key));
  const accused = content.accusedDivisionCode ? await db.division.findUnique({ where: { code: content.accusedDivisionCode }, select: { id: true } }) : null;
  const candidates = await db.integrityRecipient.findMany({
    where: { keys: { none: { reportId } } },
    select: { id: true, staffUserId: true, divisionId: true },
    orderBy: { id: "asc" },
  });
  return candidates.filter((candidate) => mayReceive(candidate, content, accused?.id ?? null));
}
