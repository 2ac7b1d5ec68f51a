import { AppError } from "@/lib/errors/app-error";

/**
 * Why a workflow action was refused; the detail page words each code in Thai and English
 * (messages/workflow.*.json, "errors").
 *
 *   not_found                  no such request, or not one this person may see (the same answer)
 *   not_allowed                the action is not allowed in the request's status
 *   stale                      someone else changed the request first: reload and look again
 *   defects_already_requested  documents were requested once already: confirm a second request
 *   same_division              a transfer to the division it is already in
 *   unknown_division           a transfer to a division that does not exist
 *   invalid_input              the form's fields (details.fields: { field: code })
 *   merged                     a complaint merged into another follows it: only notes are allowed
 *   not_a_complaint            merging is for complaints only
 *   merge_target               the complaint to merge into is not an open complaint of the same
 *                              division (or is this one, or is itself merged)
 */
export type WorkflowErrorCode =
  | "not_found"
  | "not_allowed"
  | "stale"
  | "defects_already_requested"
  | "same_division"
  | "unknown_division"
  | "invalid_input"
  | "merged"
  | "not_a_complaint"
  | "merge_target";

export function workflowError(code: WorkflowErrorCode, details: Record<string, unknown> = {}): AppError<WorkflowErrorCode> {
  return new AppError<WorkflowErrorCode>(code, details);
}
