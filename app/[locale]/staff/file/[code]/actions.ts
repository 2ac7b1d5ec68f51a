"use server";

import { headers } from "next/headers";
import { isAppError } from "@/lib/errors/app-error";
import { describeError } from "@/lib/errors/describe-error";
import { isLocale } from "@/lib/i18n/localized";
import { attestation as attestationSchema, cardData } from "@/lib/kiosk/contract";
import { answersFromForm } from "@/lib/requests/counter-form-answers";
import { fileCounterRequest, type CounterIdentity } from "@/lib/requests/file-counter-request";
import { trackingQrSvg, trackingUrl } from "@/lib/requests/tracking-link";
import { typedIdentity } from "@/lib/requests/typed-identity";
import { findActiveService } from "@/lib/services/catalogue";
import { requireStaff } from "@/lib/staff/session";

export type FieldErrors = Record<string, { code: string; limit?: number | string }>;

export type CounterFilingState =
  | { status: "idle" }
  | { status: "error"; code: string; fields?: FieldErrors }
  | {
      status: "filed";
      reference: string;
      queueTicket: string;
      dueDate: string;
      acknowledgeBy: string | null;
      trackingUrl: string;
      qrSvg: string;
      division: { th: string; en: string };
    };

/** The counter filing form's server action: every value is checked here, none trusted. */
export async function fileForResident(_previous: CounterFilingState, form: FormData): Promise<CounterFilingState> {
  const locale = String(form.get("locale"));
  if (!isLocale(locale)) return { status: "error", code: "bad_request" };
  const staff = await requireStaff(locale);
  const service = await findActiveService(String(form.get("serviceCode") ?? ""));
  if (!service) return { status: "error", code: "service_unavailable" };

  const identity = readIdentity(form);
  if ("fields" in identity) return { status: "error", code: "invalid_identity", fields: identity.fields };

  const answers = answersFromForm(form, service.form);

  try {
    const filed = await fileCounterRequest({
      staff,
      serviceCode: service.code,
      answers,
      contactPhone: String(form.get("contactPhone") ?? ""),
      identity,
      idempotencyKey: String(form.get("idempotencyKey") ?? ""),
    });
    const host = (await headers()).get("host") ?? "localhost";
    const url = trackingUrl(process.env.PUBLIC_URL ?? `http://${host}`, locale, filed.trackingToken);
    return {
      status: "filed",
      reference: filed.reference,
      queueTicket: filed.queueTicket,
      dueDate: filed.dueDate,
      acknowledgeBy: filed.acknowledgeBy,
      trackingUrl: url,
      qrSvg: await trackingQrSvg(url),
      division: { th: filed.division.nameTh, en: filed.division.nameEn },
    };
  } catch (error) {
    if (isAppError(error)) return { status: "error", code: error.code, fields: plainErrors(error.details.fields as FieldErrors | undefined) };
    // A failure the officer cannot fix (the database, say) is worded on the form, not an error page.
    console.error("counter filing failed:", describeError(error));
    return { status: "error", code: "server_error" };
  }
}

function readIdentity(form: FormData): CounterIdentity | { fields: FieldErrors } {
  if (form.get("identityKind") === "card") {
    try {
      const rawCard = JSON.parse(String(form.get("card") ?? "null")) as unknown;
      const card = cardData.parse(rawCard);
      const attestation = attestationSchema.parse(JSON.parse(String(form.get("attestation") ?? "null")));
      return { kind: "card", card, rawCard: rawCard as object, attestation };
    } catch {
      return { fields: { card: { code: "cardNotRead" } } };
    }
  }
  const typed = typedIdentity.safeParse({
    citizenId: String(form.get("citizenId") ?? ""),
    prefixTh: String(form.get("prefixTh") ?? ""),
    firstTh: String(form.get("firstTh") ?? ""),
    lastTh: String(form.get("lastTh") ?? ""),
    birthDate: String(form.get("birthDate") ?? ""),
    address: String(form.get("address") ?? ""),
  });
  if (typed.success) return { kind: "typed", identity: typed.data };
  return { fields: Object.fromEntries(typed.error.issues.map((issue) => [String(issue.path[0]), { code: issue.message }])) };
}

/**
 * Answer errors as a plain object: validateAnswers keys them on a null-prototype object,
 * which React refuses to send to the form (the officer got an error page instead of the
 * field that was missing).
 */
function plainErrors(fields: FieldErrors | undefined): FieldErrors | undefined {
  return fields ? { ...fields } : undefined;
}
