import { describe, expect, it } from "vitest";
import { allowedActions, defectRequestNeedsConfirmation, isOpen, nextStatus, WORKFLOW_ACTIONS, type WorkflowAction } from "./state-machine";
import { REQUEST_STATUSES, type RequestStatus } from "./status";

// Every (status, action) pair: the status it leads to, or null when refused.
const EXPECTED: Record<RequestStatus, Record<WorkflowAction, RequestStatus | null>> = {
  new: { accept: "in_progress", recordDefects: "waiting_applicant", resume: null, transfer: "new", note: "new", message: "new", complete: null, reject: "rejected", merge: "new" },
  in_progress: {
    accept: null,
    recordDefects: "waiting_applicant",
    resume: null,
    transfer: "new",
    note: "in_progress",
    message: "in_progress",
    complete: "done",
    reject: "rejected",
    merge: "in_progress",
  },
  waiting_applicant: {
    accept: null,
    recordDefects: null,
    resume: "in_progress",
    transfer: "new",
    note: "waiting_applicant",
    message: "waiting_applicant",
    complete: null,
    reject: "rejected",
    merge: "waiting_applicant",
  },
  done: { accept: null, recordDefects: null, resume: null, transfer: null, note: "done", message: null, complete: null, reject: null, merge: null },
  rejected: { accept: null, recordDefects: null, resume: null, transfer: null, note: "rejected", message: null, complete: null, reject: null, merge: null },
};

describe("the request state machine", () => {
  for (const status of REQUEST_STATUSES) {
    for (const action of WORKFLOW_ACTIONS) {
      const to = EXPECTED[status][action];
      it(`${to ? "allows" : "refuses"} ${action} from ${status}${to ? ` (to ${to})` : ""}`, () => {
        expect(nextStatus(status, action)).toBe(to);
      });
    }
  }

  it("offers exactly the allowed actions", () => {
    expect(allowedActions("new")).toEqual(["accept", "recordDefects", "transfer", "note", "message", "reject", "merge"]);
    expect(allowedActions("waiting_applicant")).toEqual(["resume", "transfer", "note", "message", "reject", "merge"]);
    expect(allowedActions("done")).toEqual(["note"]);
  });

  it("knows the open statuses", () => {
    expect(REQUEST_STATUSES.filter(isOpen)).toEqual(["new", "in_progress", "waiting_applicant"]);
  });

  it("asks for confirmation before documents are requested a second time", () => {
    expect(defectRequestNeedsConfirmation(0)).toBe(false);
    expect(defectRequestNeedsConfirmation(1)).toBe(true);
    expect(defectRequestNeedsConfirmation(2)).toBe(true);
  });
});
