import { describeError } from "@/lib/errors/describe-error";
import { isSameOrigin } from "@/lib/http/same-origin";
import { publicBaseUrl } from "@/lib/http/json-api";
import { findActiveService } from "@/lib/services/catalogue";
import type { FormDefinition } from "@/lib/services/form-definition";
import { ONLINE_API_PATH, ONLINE_ERRORS, type OnlineError } from "./contract";
import { fileOnlineRequest, type OnlineFilingResult } from "./file-online-request";
import { readSubmission } from "./submission";

// Five files of 10 MB and the answers; multipart adds a little per part.
export const MAX_ONLINE_BODY_BYTES = 5 * 10 * 1024 * 1024 + 1024 * 1024;

export type OnlineApiRequest = {
  method: string;
  path: string;
  origin: string | undefined;
  host: string | undefined;
  contentType: string | undefined;
  client: string;
  /** The parsed multipart body, or null when it is larger than MAX_ONLINE_BODY_BYTES. */
  formData: () => Promise<FormData | null>;
};

const refuse = (code: keyof typeof ONLINE_ERRORS): OnlineFilingResult => ({ status: ONLINE_ERRORS[code], body: { error: { code } } satisfies OnlineError });

/**
 * POST /api/e-service/requests, served beside Next.js (server/fast-routes.ts) for the same
 * reason as the kiosk's API. Multipart is a content type any site's form may post, so the
 * Origin header is required and must be this site's own: that is the CSRF check.
 */
export async function routeOnlineApi(request: OnlineApiRequest): Promise<OnlineFilingResult | null> {
  if (request.path !== ONLINE_API_PATH) return null;
  if (request.method !== "POST") return refuse("bad_request");
  if (!isSameOrigin(request.origin, request.host)) return refuse("cross_site");
  if (!(request.contentType ?? "").startsWith("multipart/form-data")) return refuse("bad_request");
  try {
    const form = await request.formData();
    if (form === null) return refuse("too_large");
    const definitions = new Map<string, FormDefinition | null>();
    const code = form.get("serviceCode");
    if (typeof code === "string") definitions.set(code, (await findActiveService(code))?.form ?? null);
    const submission = readSubmission(form, (serviceCode) => definitions.get(serviceCode) ?? null);
    return await fileOnlineRequest(submission, form, { client: request.client, publicBaseUrl: publicBaseUrl(request.host) });
  } catch (error) {
    if (error instanceof TypeError) return refuse("bad_request"); // a body that is not multipart after all
    console.error("online filing failed:", describeError(error));
    return refuse("server_error");
  }
}
