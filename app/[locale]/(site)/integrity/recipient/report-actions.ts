"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import { extendExpiry, moveReport } from "@/lib/integrity/lifecycle";
import { askReporter } from "@/lib/integrity/recipient-access";
import { sendFilesToReporter } from "@/lib/integrity/recipient-files";
import type { UnlockedRecipient } from "@/lib/integrity/recipient-keys";
import { withRecipient } from "@/lib/integrity/recipient-session";
import { reshareReport } from "@/lib/integrity/reshare";
import { filesFromForm } from "@/lib/integrity/web-form";
import type { RecipientFormState } from "./states";
import { recipientToken } from "./session";

/**
 * A recipient's actions on one report. Each resolves the recipient from the session cookie
 * itself (never from the form) and opens the report with that recipient's own sealed key,
 * so a guessed or copied report id opens nothing. Errors come back as keys the form words.
 */
const reportId = z.string().regex(/^[A-Za-z0-9_-]{22}$/);
const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};
const fail = (error: string, message?: string): RecipientFormState => ({ status: "error", error, message, at: Date.now() });
const done = (key: string): RecipientFormState => {
  // The page re-renders with the new message, file or state (nothing of it is cached).
  refresh();
  return { status: "done", done: key, at: Date.now() };
};

async function asRecipient(form: FormData, act: (who: UnlockedRecipient, id: string) => Promise<RecipientFormState>): Promise<RecipientFormState> {
  const id = reportId.safeParse(text(form, "reportId"));
  if (!id.success) return fail("notFound");
  try {
    return (await withRecipient(await recipientToken(), (who) => act(who, id.data))) ?? fail("signedOut");
  } catch {
    console.error("integrity: a recipient's action failed unexpectedly");
    return fail("unexpected");
  }
}

/** A question or message to the reporter, with files to send back, or both. */
export async function sendToReporterAction(_previous: RecipientFormState, form: FormData): Promise<RecipientFormState> {
  return asRecipient(form, async (who, id) => {
    const body = text(form, "message").trim();
    const files = await filesFromForm(form);
    if (!body && files.length === 0) return fail("empty");
    if (files.length > 0) {
      const sent = await sendFilesToReporter(who, id, files);
      if (!sent.ok) return sent.code === "notFound" ? fail("notFound") : fail("file");
    }
    if (body) {
      const asked = await askReporter(who, id, body);
      if (!asked.ok) return asked.code === "notFound" ? fail("notFound") : fail("invalid", asked.message);
    }
    return done("sent");
  });
}

export async function moveReportAction(_previous: RecipientFormState, form: FormData): Promise<RecipientFormState> {
  return asRecipient(form, async (who, id) => {
    const to = text(form, "to");
    const move = { to, ...(to === "referred" && { referredTo: text(form, "referredTo") }), ...(to === "closed" && { outcome: text(form, "outcome") }) };
    const moved = await moveReport(who, id, move);
    if (moved.ok) return done("moved");
    return moved.code === "invalid" ? fail("invalid", moved.message) : fail(moved.code);
  });
}

export async function extendExpiryAction(_previous: RecipientFormState, form: FormData): Promise<RecipientFormState> {
  return asRecipient(form, async (who, id) => {
    const days = Number(text(form, "days"));
    const extended = await extendExpiry(who, id, { reason: text(form, "reason"), days: Number.isFinite(days) ? days : 0 });
    if (extended.ok) return done("extended");
    return extended.code === "invalid" ? fail("invalid", extended.message) : fail(extended.code);
  });
}

/** Seal the report's key to another recipient (reshare.ts decides who may receive it). */
export async function shareReportAction(_previous: RecipientFormState, form: FormData): Promise<RecipientFormState> {
  return asRecipient(form, async (who, id) => {
    const target = z.coerce.number().int().positive().safeParse(text(form, "recipient"));
    if (!target.success) return fail("invalid");
    const shared = await reshareReport(who, id, target.data);
    if (shared.ok) return done("shared");
    return shared.code === "notAllowed" ? fail("shareNotAllowed") : fail("notFound");
  });
}
