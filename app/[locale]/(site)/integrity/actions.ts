"use server";

import { headers } from "next/headers";
import { clientAddress } from "@/lib/auth/client-address";
import { addFilesAsReporter, openAsReporter, replyAsReporter } from "@/lib/integrity/reporter-access";
import { issueSubmissionChallenge, submitReport } from "@/lib/integrity/submit-report";
import { filesFromForm, reportInputFromForm } from "@/lib/integrity/web-form";
import type { FollowState, SubmitState } from "./states";

/**
 * The report form's action. The receipt code goes back in the action's answer only, shown
 * in place: never in a URL, a cookie or a log. Unexpected errors show a generic message;
 * nothing about the report is logged (only that something failed).
 */
export async function sendIntegrityReport(_previous: SubmitState, form: FormData): Promise<SubmitState> {
  try {
    const result = await submitReport(await reportInputFromForm(form, clientAddress(await headers())));
    if (result.ok) return { status: "sent", receiptCode: result.receiptCode };
    // Each challenge is spent once: a corrected form needs a fresh one.
    const challenge = issueSubmissionChallenge();
    if (result.code === "invalid") return { status: "error", error: "invalid", issues: result.issues, challenge };
    if (["throttled", "proofOfWork", "noRecipient", "unknownDivision"].includes(result.code)) return { status: "error", error: result.code as "throttled", challenge };
    return { status: "error", error: "file", challenge };
  } catch {
    console.error("integrity: a report could not be stored");
    return { status: "error", error: "unexpected", challenge: issueSubmissionChallenge() };
  }
}

/** Open with the code, or post a reply and open again; the code stays in the page's form only. */
export async function followIntegrityReport(_previous: FollowState, form: FormData): Promise<FollowState> {
  const code = String(form.get("code") ?? "").slice(0, 40);
  const reply = String(form.get("reply") ?? "");
  const client = clientAddress(await headers());
  try {
    let sent = false;
    const files = await filesFromForm(form);
    if (files.length > 0) {
      const added = await addFilesAsReporter(code, client, files);
      if (!added.ok) return added.code === "invalid" || added.code === "throttled" ? { status: "error", error: added.code === "throttled" ? "codeThrottled" : "code" } : { status: "error", error: "file", code };
      sent = true;
    }
    if (reply) {
      const replied = await replyAsReporter(code, client, reply);
      if (!replied.ok) return replied.code === "invalidMessage" ? { status: "error", error: "message", code } : { status: "error", error: replied.code === "throttled" ? "codeThrottled" : "code" };
      sent = true;
    }
    const opened = await openAsReporter(code, client);
    if (!opened.ok) return { status: "error", error: opened.code === "throttled" ? "codeThrottled" : "code" };
    const { report } = opened;
    return {
      status: "open",
      code,
      sent,
      report: {
        state: report.status,
        messages: report.messages.map((m) => ({ id: m.id, author: m.author, body: m.body, at: m.createdAt.toISOString() })),
        files: report.files.map((f) => ({ id: f.id, name: f.name, addedBy: f.addedBy })),
      },
    };
  } catch {
    console.error("integrity: a report could not be opened by its reporter");
    return { status: "error", error: "unexpected" };
  }
}
