import { describeError } from "@/lib/errors/describe-error";
import { isSameOrigin } from "@/lib/http/same-origin";
import { addAttachmentsToRequest } from "@/lib/files/add-attachments";
import { db } from "@/lib/db/client";
import { spendLimit } from "@/lib/online/limits";
import { TRACK_DOCUMENTS_PATH } from "./documents-contract";

export type DocumentsReply = { status: number; body: unknown };
export type DocumentsRequest = {
  method: string;
  path: string;
  origin: string | undefined;
  host: string | undefined;
  contentType: string | undefined;
  client: string;
  formData: () => Promise<FormData | null>;
};

const TOKEN = /^[A-Za-z0-9_-]{22}$/;
const fail = (status: number, code: string, extra: Record<string, unknown> = {}): DocumentsReply => ({ status, body: { error: { code, ...extra } } });

/**
 * POST /api/track/documents: the resident sends what staff asked for, from the tracking
 * page. The tracking token is the only key (as for the page itself); only a request
 * waiting for the applicant takes uploads; limited per address and per person.
 */
export async function routeTrackDocuments(request: DocumentsRequest): Promise<DocumentsReply | null> {
  if (request.path !== TRACK_DOCUMENTS_PATH) return null;
  if (request.method !== "POST") return fail(405, "bad_request");
  if (!isSameOrigin(request.origin, request.host)) return fail(403, "cross_site");
  if (!(request.contentType ?? "").startsWith("multipart/form-data")) return fail(400, "bad_request");
  try {
    const form = await request.formData();
    if (form === null) return fail(413, "too_large");
    const token = form.get("token");
    if (typeof token !== "string" || !TOKEN.test(token)) return fail(404, "not_found");
    const files = form.getAll("file").filter((value): value is File => typeof value !== "string" && value.size > 0);
    if (files.length === 0) return fail(422, "empty");
    const waitAddress = await spendLimit("filesPerAddress", request.client, files.length);
    if (waitAddress) return fail(429, "rate_limited", { retryAfterMinutes: waitAddress });
    const row = await db.request.findUnique({ where: { trackingToken: token }, select: { reference: true, status: true, applicantKey: true } });
    if (!row) return fail(404, "not_found");
    if (row.status !== "waiting_applicant") return fail(409, "not_waiting");
    const waitPerson = await spendLimit("filesPerPerson", row.applicantKey ?? row.reference, files.length);
    if (waitPerson) return fail(429, "rate_limited", { retryAfterMinutes: waitPerson });
    const result = await addAttachmentsToRequest(
      row.reference,
      await Promise.all(files.map(async (file) => ({ bytes: new Uint8Array(await file.arrayBuffer()), name: file.name.slice(0, 200) }))),
      { type: "applicant" },
    );
    if (!result.ok) return fail(result.code === "notFound" ? 404 : result.code === "closed" ? 409 : 422, result.code === "notFound" ? "not_found" : result.code);
    return { status: 201, body: { count: result.ids.length } };
  } catch (error) {
    if (error instanceof TypeError) return fail(400, "bad_request");
    console.error("tracking upload failed:", describeError(error));
    return fail(500, "server_error");
  }
}
