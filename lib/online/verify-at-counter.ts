import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { publish } from "@/lib/events/bus";
import { mailQueued } from "@/lib/mail/kick";
import { enqueueForEvent } from "@/lib/mail/outbox";
import type { Attestation, CardData } from "@/lib/kiosk/contract";
import { consumeNonce } from "@/lib/kiosk/nonces";
import { verifyCardRead } from "@/lib/kiosk/verify-card-read";
import { readApplicant } from "@/lib/requests/applicant";
import { kioskLabel } from "@/lib/requests/workflow/kiosk-label";
import { loadRequestFor } from "@/lib/requests/workflow/load-request";
import type { StaffPrincipal } from "@/lib/staff/policy";

export type VerifyErrorCode = "not_typed" | "identity_mismatch" | "attestation_invalid" | "device_not_enrolled" | "device_revoked" | "demo_card_refused" | "nonce_invalid" | "stale";

/**
 * An online applicant at the office: the officer reads their card with the agent on the
 * staff PC, and the request's typed citizen ID must be the chip's. A match records "verified
 * from the ID card chip at <PC>" on the request and its timeline; a mismatch changes nothing,
 * is refused with a clear message, and is audited. Still no photocopy of anything.
 */
export async function verifyAtCounter(input: {
  staff: StaffPrincipal & { username: string };
  reference: string;
  card: CardData;
  rawCard: object;
  attestation: Attestation;
  now?: Date;
}): Promise<{ reference: string; verifiedAt: Date; pc: string }> {
  const now = input.now ?? new Date();
  const request = await loadRequestFor(input.staff, input.reference, "request.act");
  const row = await db.request.findUniqueOrThrow({ where: { id: request.id }, select: { identitySource: true, applicant: true } });
  if (row.identitySource !== "typed") throw new AppError<VerifyErrorCode>("not_typed");

  const read = await verifyCardRead(input.rawCard, input.attestation);
  if (!read.ok) throw new AppError<VerifyErrorCode>(read.code);
  if (read.demo) throw new AppError<VerifyErrorCode>("demo_card_refused");
  const applicant = readApplicant(row.applicant, request.reference);
  const audited = {
    at: now,
    actorType: "staff",
    actorId: input.staff.id,
    subjectType: "request",
    subjectId: request.reference,
    personKey: request.applicantKey,
    // The PC's name only: never either citizen ID.
    detail: JSON.stringify({ pc: read.reader.name }),
  };
  if (!applicant.success || applicant.data.citizenId !== input.card.citizenId) {
    await db.auditLog.create({ data: { action: "request.identity_mismatch", ...audited } });
    throw new AppError<VerifyErrorCode>("identity_mismatch");
  }

  const mailed = await db.$transaction(async (tx) => {
    await consumeNonce(tx, input.attestation.nonce, new Date(input.attestation.readAt), now);
    const updated = await tx.request.updateMany({
      where: { id: request.id, identitySource: "typed" },
      data: {
        identitySource: "card_chip",
        kioskId: read.reader.id,
        identityDetail: `typed online; identity verified from the ID card chip at ${read.reader.name} by ${input.staff.username}`,
        identityVerifiedAt: now,
        updatedAt: now,
      },
    });
    if (updated.count !== 1) throw new AppError<VerifyErrorCode>("stale");
    const label = kioskLabel(read.reader.name);
    // The built-in agent's enrolled name is English: the Thai text says it in Thai.
    const pcTh = label.builtIn ? `ตู้บริการในเครื่องแม่ข่าย ${label.device}` : label.name;
    const event = {
      type: "identity_verified",
      public: true,
      messageTh: `ยืนยันตัวตนจากชิปบัตรประจำตัวประชาชน ที่ ${pcTh}`,
      messageEn: `Identity verified from the ID card chip at ${read.reader.name}`,
    };
    await tx.requestEvent.create({
      data: { requestId: request.id, ...event, detail: JSON.stringify({ pc: read.reader.name }), actorId: input.staff.id, createdAt: now },
    });
    await tx.auditLog.create({ data: { action: "request.identity_verified", ...audited } });
    return enqueueForEvent(tx, request.id, event, { now });
  });
  if (mailed) mailQueued();
  publish({ type: "request.changed", divisionId: request.divisionId, reference: request.reference, status: request.status });
  return { reference: request.reference, verifiedAt: now, pc: read.reader.name };
}
