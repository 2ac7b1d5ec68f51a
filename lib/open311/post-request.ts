import { createHash } from "node:crypto";
import { isAppError } from "@/lib/errors/app-error";
import type { Locale } from "@/lib/i18n/localized";
import type { ApplicantSnapshot } from "@/lib/requests/applicant";
import { fileRequest } from "@/lib/requests/file-request";
import type { AnswerError } from "@/lib/services/answers";
import { findActiveService } from "@/lib/services/catalogue";
import { findActiveApiKey, keyMayFile, noteKeyUsed, type ApiKeyInfo } from "./api-keys";
import { spendKeyLimit } from "./limits";
import { attributeAnswers, readPostInput, type PostInput } from "./post-input";
import { open311Error, open311Serialise, type Format, type Open311Reply } from "./responses";
import { describeAttributeErrors } from "./attribute-errors";
import { postResponseXml } from "./xml";

export type PostContext = { format: Format; locale: Locale; idempotencyKey: string | null };

/**
 * POST /open311/v2/requests: another system files a request with its key. The same filing
 * as every channel (lib/requests/file-request.ts): the service's own form checks the
 * attributes, hidden conditional ones are dropped, and the request is whole or not at all.
 * The sender vouches for nobody: the request says "submitted through <key>, not verified".
 */
export async function postOpen311Request(body: URLSearchParams, context: PostContext): Promise<Open311Reply> {
  const { format } = context;
  const key = await findActiveApiKey(body.get("api_key"));
  if (!key) return open311Error(format, 403, "api_key is missing, unknown or revoked");
  const wait = await spendKeyLimit(key.id);
  if (wait) {
    const reply = open311Error(format, 429, `Too many requests with this api_key: try again in ${wait} seconds`);
    reply.headers["Retry-After"] = String(wait);
    return reply;
  }
  const read = readPostInput(body);
  if (!read.ok) return open311Error(format, 400, read.description);
  const input = read.input;
  if (!input.serviceCode) return open311Error(format, 400, "service_code is required");
  const service = await findActiveService(input.serviceCode);
  if (!service || !service.channels.includes("open311")) return open311Error(format, 404, `Unknown service_code: ${input.serviceCode}`);
  if (!keyMayFile(key, service.code)) return open311Error(format, 403, `This api_key may not file service_code ${service.code}`);

  const dateFields = new Set(service.form.fields.filter((f) => f.type === "date").map((f) => f.key));
  try {
    const filed = await fileRequest({
      serviceCode: service.code,
      channel: "open311",
      applicant: applicantOf(input),
      identity: { source: "open311", detail: `submitted through ${key.name}, not verified` },
      answers: attributeAnswers(input.attributes, dateFields),
      idempotencyKey: context.idempotencyKey ? scopedIdempotencyKey(key, context.idempotencyKey) : null,
      actor: { type: "api", label: key.name },
      place: service.location === "none" ? null : placeOf(input),
      sender: { apiKeyId: key.id, description: input.description || null, mediaUrl: input.mediaUrl || null },
    });
    if (!filed.replayed) noteKeyUsed(key.id);
    const notice = serviceNotice(context.locale, filed.dueDate, filed.service.processing.workingDays);
    const answer = [{ service_request_id: filed.reference, service_notice: notice, account_id: input.accountId || null }];
    return open311Serialise(format, answer, () => postResponseXml(answer[0]!), filed.replayed ? 200 : 201);
  } catch (error) {
    if (!isAppError(error)) throw error;
    if (error.code === "invalid_answers") return open311Error(format, 400, describeAttributeErrors(error.details.fields as Record<string, AnswerError> | undefined));
    if (error.code === "idempotency_conflict") return open311Error(format, 409, "This Idempotency-Key was used for a different request");
    if (error.code === "service_unavailable") return open311Error(format, 404, `Unknown service_code: ${input.serviceCode}`);
    return open311Error(format, 400, "The request could not be filed");
  }
}

function applicantOf(input: PostInput): ApplicantSnapshot {
  return {
    citizenId: "",
    nameTh: { prefix: "", first: input.firstName, middle: "", last: input.lastName },
    nameEn: { prefix: "", first: "", middle: "", last: "" },
    birthDate: null,
    address: { houseNo: "", moo: "", lane: "", road: "", subdistrict: "", district: "", province: "", text: "" },
    phone: input.phone,
    ...(input.email ? { email: input.email } : {}),
  };
}

function placeOf(input: PostInput) {
  const text = [input.addressString, input.addressId ? `address_id ${input.addressId}` : ""].filter(Boolean).join(" · ");
  if (!text && input.lat === null) return null;
  return { text, latitude: input.lat, longitude: input.long };
}

/**
 * A caller's Idempotency-Key header, made into this key's own UUID: the same header from
 * two systems never collides, and the filing's usual retry rule applies.
 */
function scopedIdempotencyKey(key: ApiKeyInfo, header: string): string {
  const hex = createHash("sha256").update(`${key.id}:${header}`).digest("hex");
  // RFC 9562 version 8 (custom) with the RFC variant bits.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function serviceNotice(locale: Locale, dueDate: string, workingDays: number): string {
  const day = new Intl.DateTimeFormat(locale === "th" ? "th-TH" : "en-GB", { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${dueDate}T00:00:00Z`));
  return locale === "th"
    ? `เทศบาลตำบลก้อรับเรื่องแล้ว จะดำเนินการภายใน ${workingDays} วันทำการ (ภายในวันที่ ${day})`
    : `Received by Ko Subdistrict Municipality: to be dealt with within ${workingDays} working days (by ${day})`;
}

