import { AppError } from "@/lib/errors/app-error";
import type { Attestation, CardData } from "@/lib/kiosk/contract";
import { consumeNonce } from "@/lib/kiosk/nonces";
import { cardReadIdentity, verifyCardRead } from "@/lib/kiosk/verify-card-read";
import { normalisePhone } from "@/lib/services/answers";
import { can } from "@/lib/staff/policy";
import type { StaffSession } from "@/lib/staff/session";
import { fileRequest, type FiledRequest } from "./file-request";
import { applicantFromTyped, type TypedIdentity } from "./typed-identity";

export type CounterIdentity =
  | { kind: "card"; card: CardData; rawCard: object; attestation: Attestation }
  | { kind: "typed"; identity: TypedIdentity };

/**
 * An officer files for a walk-in resident at the counter, with the same service forms as
 * the kiosk. The identity is either a card read by the agent on the officer's PC (same
 * protocol and attestation as the kiosk; that PC is enrolled like a kiosk) or typed by the
 * officer, and the request says which.
 */
export async function fileCounterRequest(input: {
  staff: StaffSession;
  serviceCode: string;
  answers: Record<string, unknown>;
  contactPhone: string;
  identity: CounterIdentity;
  idempotencyKey: string;
}): Promise<FiledRequest> {
  if (!can(input.staff, "request.fileOnBehalf")) throw new AppError("forbidden");
  const phone = normalisePhone(input.contactPhone);
  if (!phone) {
    throw new AppError("invalid_answers", { fields: { contactPhone: { code: input.contactPhone.trim() ? "invalidPhone" : "required" } } });
  }
  const actor = { type: "staff" as const, id: input.staff.id, label: input.staff.username };

  if (input.identity.kind === "typed") {
    return fileRequest({
      serviceCode: input.serviceCode,
      channel: "counter",
      applicant: applicantFromTyped(input.identity.identity, phone),
      identity: { source: "typed", detail: `typed at the counter by ${input.staff.username}, not verified from the card` },
      answers: input.answers,
      idempotencyKey: input.idempotencyKey,
      actor,
    });
  }

  const { card, rawCard, attestation } = input.identity;
  const read = await verifyCardRead(rawCard, attestation);
  if (!read.ok) throw new AppError(read.code);
  return fileRequest({
    serviceCode: input.serviceCode,
    channel: "counter",
    applicant: { ...card, phone },
    identity: cardReadIdentity(read, input.staff.username),
    answers: input.answers,
    idempotencyKey: input.idempotencyKey,
    actor,
    withinTransaction: (tx) => consumeNonce(tx, attestation.nonce, new Date(attestation.readAt), new Date()),
  });
}
