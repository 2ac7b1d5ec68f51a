import { z } from "zod";
import { idempotencyKey } from "@/lib/requests/idempotency-key";

/**
 * What the kiosk page and the server say to each other. Shared by the page (types only)
 * and the route handlers (validation), so the two cannot drift apart.
 *
 *   POST /api/kiosk/nonce     -> NonceResponse        (a fresh single-use nonce for one card read;
 *                                                     body `{}`, sent as application/json like every call here)
 *   POST /api/kiosk/requests  -> FilingResponse       (file a request with a signed card read)
 *
 * Errors are `{ error: { code, fields? } }` with the HTTP status below; the page words
 * each code in the resident's language.
 */

/** The card data as the agent returns it (photo and meta are never sent to the server). */
export const cardData = z.object({
  citizenId: z.string().regex(/^\d{13}$/),
  nameTh: z.object({ prefix: z.string(), first: z.string(), middle: z.string(), last: z.string() }),
  nameEn: z.object({ prefix: z.string(), first: z.string(), middle: z.string(), last: z.string() }),
  birthDate: z.string().regex(/^\d{4}(-\d{2}){0,2}$/).nullable(),
  gender: z.enum(["male", "female", "unknown"]),
  address: z.object({
    houseNo: z.string(),
    moo: z.string(),
    lane: z.string(),
    road: z.string(),
    subdistrict: z.string(),
    district: z.string(),
    province: z.string(),
    text: z.string(),
  }),
  issuer: z.string(),
  issueDate: z.string().nullable(),
  expiryDate: z.string().nullable(),
});
export type CardData = z.infer<typeof cardData>;

export const attestation = z.object({
  version: z.literal(1),
  deviceId: z.string().max(64),
  nonce: z.string().max(256),
  readAt: z.string().max(40),
  dataHash: z.string().max(128),
  signature: z.string().max(256),
  // "virtual": the agent's built-in demo card (signed with the rest of the read).
  source: z.literal("virtual").optional(),
});
export type Attestation = z.infer<typeof attestation>;

export const nonceResponse = z.object({ nonce: z.string(), expiresAt: z.string() });
export type NonceResponse = z.infer<typeof nonceResponse>;

export const filingRequest = z.object({
  // One per kiosk session (a random UUID made when the card is read): a retry or a double
  // tap sends the same key and gets the same receipt.
  idempotencyKey,
  serviceCode: z.string().max(40),
  answers: z.record(z.string(), z.unknown()),
  contactPhone: z.string().max(30),
  card: cardData,
  attestation,
  locale: z.enum(["th", "en"]),
});
export type FilingRequest = z.infer<typeof filingRequest>;

export const filingResponse = z.object({
  reference: z.string(), // e.g. KO-2570-000042
  trackingUrl: z.string(), // absolute URL of /track/<token> in the resident's language
  qrSvg: z.string(), // the tracking URL as an SVG QR code
  queueTicket: z.string(), // e.g. C-014
  dueDate: z.string(), // YYYY-MM-DD
  acknowledgeBy: z.string().nullable(), // YYYY-MM-DD, a complaint's day to be acknowledged by
  workingDays: z.number(),
  service: z.object({ th: z.string(), en: z.string() }),
  division: z.object({ th: z.string(), en: z.string() }),
  maskedName: z.object({ th: z.string(), en: z.string() }), // e.g. "นาย ส**** ใ***"
  filedAt: z.string(),
  demoCard: z.literal(true).optional(), // filed with the agent's demo card: the receipt says so
});
export type FilingResponse = z.infer<typeof filingResponse>;

/** Error codes and their HTTP status. */
export const FILING_ERRORS = {
  bad_request: 400, // the body is not a filing request at all
  invalid_answers: 422, // with `fields`: { [fieldKey]: { code, limit? } }, codes as lib/services/answers.ts, plus contactPhone
  service_unavailable: 404, // unknown, inactive, or not offered at the kiosk
  citizen_id_invalid: 422, // the card's citizen ID fails its check digit (a misread or a forged card)
  not_eligible: 422, // with `failures`: [{ rule, message: {th,en}, advice: {th,en} }] (lib/eligibility); nothing was filed
  attestation_invalid: 403, // unsigned, wrongly signed, or data not matching the signature
  device_not_enrolled: 403,
  device_revoked: 403,
  demo_card_refused: 403, // a demo (virtual) card's read, on an installation with KIOSK_DEMO=off
  nonce_invalid: 403, // unknown, expired or already used nonce (and not a retry of the same filing)
  rate_limited: 429,
  server_error: 500,
} as const;
export type FilingErrorCode = keyof typeof FILING_ERRORS;
export type EligibilityFailureBody = { rule: string; message: { th: string; en: string }; advice: { th: string; en: string } };
export type FilingError = {
  error: { code: FilingErrorCode; fields?: Record<string, { code: string; limit?: number | string }>; failures?: EligibilityFailureBody[] };
};
