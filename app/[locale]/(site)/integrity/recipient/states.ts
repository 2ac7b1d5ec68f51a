/** What a recipient's form shows after an attempt: a done key, or an error key or zod message. */
export type RecipientFormState =
  | { status: "idle" }
  | { status: "done"; done: string; at: number }
  | { status: "error"; error: string; message?: string; at: number };

export type SignInState = { error?: "invalid" | "throttled"; name?: string; at: number };
