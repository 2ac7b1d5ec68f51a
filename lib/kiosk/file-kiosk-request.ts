import { isAppError } from "@/lib/errors/app-error";
import { maskName } from "@/lib/privacy/mask";
import { fileRequest } from "@/lib/requests/file-request";
import { trackingQrSvg, trackingUrl } from "@/lib/requests/tracking-link";
import { normalisePhone } from "@/lib/services/answers";
import { FILING_ERRORS, filingRequest, type EligibilityFailureBody, type FilingError, type FilingErrorCode, type FilingResponse } from "./contract";
import { consumeNonce } from "./nonces";
import { cardReadIdentity, verifyCardRead } from "./verify-card-read";

export type KioskFilingResult = { status: number; body: FilingResponse | FilingError };

const fail = (code: FilingErrorCode, fields?: FilingError["error"]["fields"]): KioskFilingResult => ({
  status: FILING_ERRORS[code],
  body: { error: fields ? { code, fields } : { code } },
});

/**
 * POST /api/kiosk/requests: a resident's filing at the kiosk. The identity comes only from
 * a card read signed by an enrolled, unrevoked kiosk agent over a nonce this server issued
 * and that no other filing has used. Then the filing itself (lib/requests/file-request.ts).
 */
export async function fileKioskRequest(raw: unknown, publicBaseUrl: string): Promise<KioskFilingResult> {
  const parsed = filingRequest.safeParse(raw);
  if (!parsed.success) return fail("bad_request");
  const input = parsed.data;

  const phone = normalisePhone(input.contactPhone);
  if (!phone) return fail("invalid_answers", { contactPhone: { code: input.contactPhone.trim() ? "invalidPhone" : "required" } });

  const read = await verifyCardRead((raw as { card: object }).card, input.attestation);
  if (!read.ok) return fail(read.code);
  const kiosk = read.reader;

  try {
    const filed = await fileRequest({
      serviceCode: input.serviceCode,
      channel: "kiosk",
      applicant: { ...input.card, phone },
      identity: cardReadIdentity(read),
      // As they arrived: the parsed copy has lost a "__proto__" key, which must be refused.
      answers: (raw as { answers: Record<string, unknown> }).answers,
      idempotencyKey: input.idempotencyKey,
      actor: { type: "kiosk", label: kiosk.name },
      withinTransaction: (tx) => consumeNonce(tx, input.attestation.nonce, new Date(input.attestation.readAt), new Date()),
    });
    const url = trackingUrl(publicBaseUrl, input.locale, filed.trackingToken);
    return {
      status: filed.replayed ? 200 : 201,
      body: {
        reference: filed.reference,
        trackingUrl: url,
        qrSvg: await trackingQrSvg(url),
        queueTicket: filed.queueTicket,
        dueDate: filed.dueDate,
        acknowledgeBy: filed.acknowledgeBy,
        workingDays: filed.service.processing.workingDays,
        service: filed.service.name,
        division: { th: filed.division.nameTh, en: filed.division.nameEn },
        maskedName: { th: maskName(input.card.nameTh), en: maskName(input.card.nameEn) },
        filedAt: filed.createdAt.toISOString(),
        ...(read.demo ? { demoCard: true } : {}),
      },
    };
  } catch (error) {
    if (!isAppError(error)) throw error;
    switch (error.code) {
      case "invalid_answers":
        return fail("invalid_answers", error.details.fields as FilingError["error"]["fields"]);
      case "not_eligible":
        return { status: FILING_ERRORS.not_eligible, body: { error: { code: "not_eligible", failures: eligibilityFailures(error.details.failures) } } };
      case "service_unavailable":
      case "nonce_invalid":
      case "citizen_id_invalid":
        return fail(error.code);
      case "idempotency_conflict":
      case "bad_request":
        return fail("bad_request");
      default:
        throw error;
    }
  }
}

/** The failures as the contract carries them: what the resident reads, nothing else. */
function eligibilityFailures(failures: unknown): EligibilityFailureBody[] {
  return (failures as EligibilityFailureBody[]).map(({ rule, message, advice }) => ({ rule, message, advice }));
}
