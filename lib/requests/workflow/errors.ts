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
 */
export type WorkflowErrorCode =
  | "not_found"
  | "not_allowed"
  | "stale"
  | "defects_already_requested"
  | "same_division"
  | "unknown_division"
  | "invalid_input";

export function workflowError(code: WorkflowErrorCode, details: Record<string, unknown> = {}): AppError<WorkflowErrorCode> {
  return new AppError<WorkflowErrorCode>(code, details);
}
