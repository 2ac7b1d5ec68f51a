"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { addAttachmentsToRequest } from "@/lib/files/add-attachments";
import { MAX_FILE_BYTES } from "@/lib/files/limits";
import { LOCALES } from "@/lib/i18n/localized";
import { requireStaff } from "@/lib/staff/session";

/** What the scan form shows after it was sent: done, or an error code (messages files.errors). */
export type ScanState = { status: "idle" | "ok" | "error"; code?: string; at: number };

const scanForm = z.object({ reference: z.string().max(40), locale: z.enum(LOCALES) });

/**
 * A document the officer scanned at the counter, attached to the request (server action:
 * Next.js refuses a post from another origin, as for the page's other actions). Who may, and
 * the file's checks, are decided in lib/files/add-attachments.ts from the request's own
 * division.
 */
export async function attachScanAction(_previous: ScanState, formData: FormData): Promise<ScanState> {
  const parsed = scanForm.safeParse({ reference: formData.get("reference"), locale: formData.get("locale") });
  if (!parsed.success) return { status: "error", code: "unexpected", at: Date.now() };
  const staff = await requireStaff(parsed.data.locale);
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { status: "error", code: "empty", at: Date.now() };
  if (file.size > MAX_FILE_BYTES) return { status: "error", code: "tooLarge", at: Date.now() };
  try {
    const result = await addAttachmentsToRequest(parsed.data.reference, [{ bytes: new Uint8Array(await file.arrayBuffer()), name: file.name }], { type: "staff", staff });
    if (!result.ok) return { status: "error", code: result.code, at: Date.now() };
  } catch (error) {
    console.error("scan upload failed:", error instanceof Error ? error.message : "unknown error");
    return { status: "error", code: "unexpected", at: Date.now() };
  }
  revalidatePath("/[locale]/staff/requests/[reference]", "page");
  return { status: "ok", at: Date.now() };
}
