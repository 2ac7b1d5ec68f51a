import type { RequestStatus } from "./status";

/**
 * What an officer may do to a request in each status (issue 5). Pure: the workflow
 * operations (lib/requests/workflow/) ask it before they write, and the detail page asks it
 * which forms to show.
 *
 *   new ──accept──▶ in_progress ──complete──▶ done
 *    │                 │  ▲
 *    └─recordDefects───┴──┼──▶ waiting_applicant      (the legal clock pauses)
 *                         └──resume───┘               (the due date moves later)
 *   new | in_progress | waiting_applicant ──reject──▶ rejected
 *   any open status ──transfer──▶ new (in the other division)
 *   note: any status; message to the resident: any open status (no change of status)
 *   merge (complaints only, a HEAD): any open status, no change of status; the complaint
 *   then follows the one it was merged into and closes with it
 */
export const WORKFLOW_ACTIONS = ["accept", "recordDefects", "resume", "transfer", "note", "message", "complete", "reject", "merge"] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

export const OPEN_STATUSES = ["new", "in_progress", "waiting_applicant"] as const satisfies readonly RequestStatus[];

export function isOpen(status: RequestStatus): boolean {
  return (OPEN_STATUSES as readonly RequestStatus[]).includes(status);
}

const TRANSITIONS: Record<WorkflowAction, Partial<Record<RequestStatus, RequestStatus>>> = {
  accept: { new: "in_progress" },
  recordDefects: { new: "waiting_applicant", in_progress: "waiting_applicant" },
  resume: { waiting_applicant: "in_progress" },
  transfer: { new: "new", in_progress: "new", waiting_applicant: "new" },
  note: { new: "new", in_progress: "in_progress", waiting_applicant: "waiting_applicant", done: "done", rejected: "rejected" },
  message: { new: "new", in_progress: "in_progress", waiting_applicant: "waiting_applicant" },
  complete: { in_progress: "done" },
  reject: { new: "rejected", in_progress: "rejected", waiting_applicant: "rejected" },
  merge: { new: "new", in_progress: "in_progress", waiting_applicant: "waiting_applicant" },
};

/** The status after `action`, or null when the action is not allowed in `status`. */
export function nextStatus(status: RequestStatus, action: WorkflowAction): RequestStatus | null {
  return TRANSITIONS[action][status] ?? null;
}

/** The actions allowed in `status`, in the order the detail page offers them. */
export function allowedActions(status: RequestStatus): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((action) => nextStatus(status, action) !== null);
}

/**
 * The Licensing Facilitation Act B.E. 2558 lets an authority ask for missing documents only
 * once. A second request is allowed only when the officer confirms it explicitly (and it is
 * recorded as such); the screen warns before.
 */
export function defectRequestNeedsConfirmation(defectRequests: number): boolean {
  return defectRequests >= 1;
}
