import { limitsForField } from "@/lib/files/limits";
import { discardPrepared, prepareAttachments, saveAttachments, type PreparedAttachment } from "@/lib/files/store";
import type { Transaction } from "@/lib/requests/file-request";
import type { FormDefinition } from "@/lib/services/form-definition";
import type { FieldProblem } from "./contract";
import type { SubmittedFile } from "./submission";

export type PreparedFiles =
  | {
      ok: true;
      /** The file questions' answers, as validateAnswers checks them. */
      answers: Record<string, unknown>;
      save: (tx: Transaction, requestId: number) => Promise<void>;
      discard: () => Promise<void>;
    }
  | { ok: false; fields: Record<string, FieldProblem> };

/**
 * The online form's files, question by question under each question's own limits (and the
 * request's five in all): checked by content, cleaned and written encrypted before the
 * filing's transaction (lib/files/store.ts); their rows are saved inside it.
 */
export async function prepareOnlineFiles(form: FormDefinition, files: SubmittedFile[]): Promise<PreparedFiles> {
  const prepared: PreparedAttachment[] = [];
  const answers: Record<string, unknown> = {};
  for (const field of form.fields) {
    if (field.type !== "file") continue;
    const mine = files.filter((file) => file.fieldKey === field.key);
    if (mine.length === 0) continue;
    const result = await prepareAttachments(
      mine.map((file) => ({ bytes: file.bytes, name: file.name, fieldKey: field.key })),
      { ...limitsForField(field), alreadyStored: prepared.length },
    );
    if (!result.ok) {
      await discardPrepared(prepared);
      return { ok: false, fields: { [`file.${field.key}`]: { code: result.code, ...(result.index === null ? {} : { limit: mine[result.index]?.name ?? "" }) } } };
    }
    prepared.push(...result.prepared);
    answers[field.key] = result.prepared.map((file) => file.answerRef);
  }
  return {
    ok: true,
    answers,
    save: (tx, requestId) => saveAttachments(tx, requestId, prepared, { type: "applicant" }),
    discard: () => discardPrepared(prepared),
  };
}
