import { isAppError } from "@/lib/errors/app-error";
import { fileRequest } from "@/lib/requests/file-request";
import { isIdempotencyKey } from "@/lib/requests/idempotency-key";
import { trackingQrSvg, trackingUrl } from "@/lib/requests/tracking-link";
import { personKey } from "@/lib/security/person-key";
import { findActiveService } from "@/lib/services/catalogue";
import { shownFields } from "@/lib/services/conditions";
import { ONLINE_ERRORS, type FieldProblem, type OnlineError, type OnlineErrorCode, type OnlineFiled } from "./contract";
import { spendLimit } from "./limits";
import { applicantFromOnline, onlineIdentity } from "./online-identity";
import { prepareOnlineFiles } from "./online-files";
import { checkPlace, readFiles, type Submission } from "./submission";

export type OnlineFilingResult = { status: number; body: OnlineFiled | OnlineError };

const fail = (code: OnlineErrorCode, extra: Omit<OnlineError["error"], "code"> = {}): OnlineFilingResult => ({
  status: ONLINE_ERRORS[code],
  body: { error: { code, ...extra } },
});

/**
 * A resident files from their own phone or computer. Cheapest checks first, so a bot or a
 * wrong citizen ID costs no file reading: the honeypot, the limits per address, the
 * identity, the place; then the photos are checked and cleaned, and the filing itself
 * (lib/requests/file-request.ts) writes the request and its files in one transaction.
 */
export async function fileOnlineRequest(
  submission: Submission,
  form: FormData,
  context: { client: string; publicBaseUrl: string },
): Promise<OnlineFilingResult> {
  // A person never sees the field; answering as if it were a bad form tells a bot nothing.
  if (submission.honeypot.trim() !== "") return fail("bad_request");
  if (!isIdempotencyKey(submission.idempotencyKey)) return fail("bad_request");
  const service = await findActiveService(submission.serviceCode);
  if (!service || !service.channels.includes("online")) return fail("service_unavailable");

  const identity = onlineIdentity.safeParse(submission.identity);
  if (!identity.success) {
    return fail("invalid_identity", { fields: Object.fromEntries(identity.error.issues.map((i) => [String(i.path[0]), { code: i.message }])) });
  }
  const place = checkPlace(service.location, submission.place);
  if (!place.ok) return fail("invalid_answers", { fields: place.fields });

  const waitAddress = await spendLimit("filingsPerAddress", context.client);
  if (waitAddress) return fail("rate_limited", { retryAfterMinutes: waitAddress });
  const applicant = applicantFromOnline(identity.data);
  const waitPerson = await spendLimit("filingsPerPerson", personKey(applicant.citizenId));
  if (waitPerson) return fail("rate_limited", { retryAfterMinutes: waitPerson });

  // Only the questions this resident is asked may carry files (a hidden one's are dropped unread).
  const asked = new Set(shownFields(service.form, submission.answers).filter((f) => f.type === "file").map((f) => f.key));
  const files = (await readFiles(form)).filter((file) => asked.has(file.fieldKey));
  const waitFiles = files.length > 0 ? await spendLimit("filesPerAddress", context.client, files.length) : null;
  if (waitFiles) return fail("rate_limited", { retryAfterMinutes: waitFiles });
  const prepared = await prepareOnlineFiles(service.form, files);
  if (!prepared.ok) return fail("invalid_files", { fields: prepared.fields });

  try {
    const filed = await fileRequest({
      serviceCode: service.code,
      channel: "online",
      applicant,
      identity: { source: "typed", detail: "typed online by the applicant, not verified from the card" },
      answers: { ...submission.answers, ...prepared.answers },
      idempotencyKey: submission.idempotencyKey,
      actor: { type: "public", label: "online" },
      place: place.place,
      afterInsert: prepared.save,
    });
    // A replayed filing saved its files the first time: these copies are not needed.
    if (filed.replayed) await prepared.discard();
    const url = trackingUrl(context.publicBaseUrl, submission.locale, filed.trackingToken);
    return {
      status: filed.replayed ? 200 : 201,
      body: {
        reference: filed.reference,
        trackingUrl: url,
        qrSvg: await trackingQrSvg(url),
        dueDate: filed.dueDate,
        acknowledgeBy: filed.acknowledgeBy,
        workingDays: filed.service.processing.workingDays,
        service: filed.service.name,
        division: { th: filed.division.nameTh, en: filed.division.nameEn },
        identityCheck: filed.service.identityCheck,
      },
    };
  } catch (error) {
    await prepared.discard();
    if (!isAppError(error)) throw error;
    return describeFilingError(error.code, error.details);
  }
}

function describeFilingError(code: string, details: Record<string, unknown>): OnlineFilingResult {
  switch (code) {
    case "invalid_answers":
      return fail("invalid_answers", { fields: prefixed(details.fields as Record<string, FieldProblem> | undefined) });
    case "citizen_id_invalid":
      return fail("invalid_identity", { fields: { citizenId: { code: "citizenIdChecksum" } } });
    case "not_eligible": {
      // The rules' own kind words: why, then what to do instead.
      const failures = (details.failures ?? []) as { message: { th: string; en: string }; advice: { th: string; en: string } }[];
      return fail("not_eligible", { reasons: failures.map((f) => ({ th: `${f.message.th} ${f.advice.th}`.trim(), en: `${f.message.en} ${f.advice.en}`.trim() })) });
    }
    case "service_unavailable":
      return fail("service_unavailable");
    default:
      return fail("bad_request");
  }
}

// The form names its inputs `answer.<key>`; the filing's errors name the question's key.
function prefixed(fields: Record<string, FieldProblem> | undefined): Record<string, FieldProblem> | undefined {
  if (!fields) return undefined;
  return Object.fromEntries(Object.entries(fields).map(([key, problem]) => [key === "coordinates" ? key : `answer.${key}`, problem]));
}
