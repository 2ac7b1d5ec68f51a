import type { WorkflowAction } from "@/lib/requests/state-machine";

/** What a workflow form shows after it was sent: nothing yet, done, or an error code to word. */
export type FormState = {
  status: "idle" | "ok" | "error";
  action?: WorkflowAction;
  /** An error code (messages workflow.errors). */
  code?: string;
  /** Field error codes beside the fields (messages workflow.fieldErrors). */
  fields?: Record<string, string>;
  /** What was typed, given back with an error so the officer's text is not lost. */
  values?: Record<string, string>;
  /** Changes on every answer, so the same message is announced again. */
  at: number;
};

export const IDLE: FormState = { status: "idle", at: 0 };

export type RevealResult = { ok: true; citizenId: string } | { ok: false; code: string };
