/**
 * What the online form and the server say to each other (POST /api/e-service/requests,
 * multipart/form-data so photos travel with the answers). Types only on the page's side.
 *
 * Fields: serviceCode, locale, idempotencyKey, the identity (citizenId, prefixTh, firstTh,
 * lastTh, birthDate, address, phone, email), `answer.<key>` per question, `file.<key>` per
 * attached file, locationText / latitude / longitude, and `website`, a honeypot a person
 * never sees (lib/online/submission.ts).
 */
export const ONLINE_API_PATH = "/api/e-service/requests";

export type OnlineFiled = {
  reference: string;
  trackingUrl: string;
  qrSvg: string;
  dueDate: string;
  /** A complaint's day the division acknowledges it by (null for a service request). */
  acknowledgeBy: string | null;
  workingDays: number;
  service: { th: string; en: string };
  division: { th: string; en: string };
  identityCheck: "not_needed" | "before_processing" | "at_pickup";
};

export const ONLINE_ERRORS = {
  bad_request: 400,
  cross_site: 403,
  too_large: 413,
  invalid_identity: 422,
  invalid_answers: 422,
  invalid_files: 422,
  not_eligible: 422,
  service_unavailable: 404,
  rate_limited: 429,
  server_error: 500,
} as const;
export type OnlineErrorCode = keyof typeof ONLINE_ERRORS;

export type FieldProblem = { code: string; limit?: number | string };
export type OnlineError = {
  error: {
    code: OnlineErrorCode;
    /** Per input name (`citizenId`, `answer.bankName`, `file.photo`, `locationText`). */
    fields?: Record<string, FieldProblem>;
    /** rate_limited: how long to wait. */
    retryAfterMinutes?: number;
    /** not_eligible: the rules' kind words, already in both languages. */
    reasons?: { th: string; en: string }[];
  };
};
