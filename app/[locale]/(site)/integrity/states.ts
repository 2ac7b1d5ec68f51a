/** What the report form shows after an attempt. */
export type SubmitState =
  | { status: "idle" }
  | { status: "sent"; receiptCode: string }
  | { status: "error"; error: "throttled" | "proofOfWork" | "noRecipient" | "unknownDivision" | "file" | "unexpected"; challenge: string }
  | { status: "error"; error: "invalid"; issues: { path: string; message: string }[]; challenge: string };

/** What the follow-up page shows: the report's state and messages once the code opened it. */
export type FollowState =
  | { status: "idle" }
  | { status: "error"; error: "code" | "codeThrottled" | "message" | "file" | "unexpected"; code?: string }
  | { status: "open"; code: string; sent: boolean; report: { state: string; messages: { id: number; author: string; body: string; at: string }[]; files: { id: string; name: string; addedBy: string }[] } };
