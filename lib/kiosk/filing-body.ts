import type { Attestation, CardData, FilingErrorCode, FilingRequest, FilingResponse } from "./contract";
import type { FieldErrors } from "./draft";

/**
 * The kiosk page's half of POST /api/kiosk/requests, as pure functions: what it sends and how
 * it reads the answer. Types only from the contract, so no validation library reaches the
 * browser; the server validates everything.
 */

/**
 * The card data exactly as the agent returned it, without `photo` and `meta`: the agent's
 * signature covers these bytes, so nothing may be reshaped.
 */
export function cardForServer(data: Record<string, unknown>): CardData {
  const { photo: _photo, meta: _meta, ...card } = data;
  return card as CardData;
}

/** The agent's card data is usable if it carries a well-formed citizen ID and both names. */
export function looksLikeCardData(data: unknown): data is Record<string, unknown> & CardData {
  if (typeof data !== "object" || data === null) return false;
  const record = data as Record<string, unknown>;
  return (
    typeof record.citizenId === "string" &&
    /^\d{13}$/.test(record.citizenId) &&
    typeof record.nameTh === "object" &&
    record.nameTh !== null &&
    typeof record.nameEn === "object" &&
    record.nameEn !== null &&
    typeof record.address === "object" &&
    record.address !== null
  );
}

export function buildFilingRequest(input: {
  idempotencyKey: string;
  serviceCode: string;
  answers: Record<string, unknown>;
  contactPhone: string;
  card: CardData;
  attestation: Attestation;
  locale: "th" | "en";
}): FilingRequest {
  return {
    idempotencyKey: input.idempotencyKey,
    serviceCode: input.serviceCode,
    answers: input.answers,
    contactPhone: input.contactPhone,
    card: input.card,
    attestation: input.attestation,
    locale: input.locale,
  };
}

/** Problems the page words for the resident: the server's codes plus the network's. */
export type SubmitProblem = FilingErrorCode | "network";

export type FilingOutcome =
  | { kind: "filed"; receipt: FilingResponse }
  | { kind: "invalid"; fields: FieldErrors }
  | { kind: "refused"; code: SubmitProblem; retry: boolean };

const KNOWN_CODES: readonly string[] = [
  "bad_request",
  "invalid_answers",
  "service_unavailable",
  "citizen_id_invalid",
  "not_eligible",
  "attestation_invalid",
  "device_not_enrolled",
  "device_revoked",
  "demo_card_refused",
  "nonce_invalid",
  "rate_limited",
  "server_error",
];

/** Reads the server's answer. `retry` is true when sending the same body again may succeed. */
export function readFilingOutcome(status: number, body: unknown): FilingOutcome {
  if (status >= 200 && status < 300 && isReceipt(body)) return { kind: "filed", receipt: body };
  const error = (body as { error?: { code?: unknown; fields?: unknown } } | null)?.error;
  const code = typeof error?.code === "string" && KNOWN_CODES.includes(error.code) ? (error.code as FilingErrorCode) : null;
  if (status === 422 && typeof error?.fields === "object" && error.fields !== null) {
    return { kind: "invalid", fields: error.fields as FieldErrors };
  }
  if (code === "rate_limited" || status === 429) return { kind: "refused", code: "rate_limited", retry: true };
  if (status >= 500 || status === 0) return { kind: "refused", code: code ?? "server_error", retry: true };
  return { kind: "refused", code: code ?? "server_error", retry: false };
}

function isReceipt(body: unknown): body is FilingResponse {
  const record = body as Partial<FilingResponse> | null;
  return (
    typeof record === "object" &&
    record !== null &&
    typeof record.reference === "string" &&
    typeof record.queueTicket === "string" &&
    typeof record.qrSvg === "string" &&
    typeof record.dueDate === "string" &&
    typeof record.maskedName === "object"
  );
}
