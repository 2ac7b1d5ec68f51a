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

/** Placeholder until lib/files lands: files are refused, never silently lost. */
export async function prepareOnlineFiles(_form: FormDefinition, files: SubmittedFile[]): Promise<PreparedFiles> {
  if (files.length > 0) return { ok: false, fields: Object.fromEntries(files.map((f) => [`file.${f.fieldKey}`, { code: "wrongType" }])) };
  return { ok: true, answers: {}, save: async () => {}, discard: async () => {} };
}
