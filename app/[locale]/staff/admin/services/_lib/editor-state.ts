import type { FieldErrors } from "@/lib/admin/field-errors";
import type { ServiceDraft } from "@/lib/admin/service-draft";

/**
 * What the service editor shows: the draft as the admin left it, problems keyed by input
 * name, and where to put the focus after a row was added, removed or moved.
 */
export type EditorState = {
  mode: "create" | "edit";
  serviceId?: number;
  /** The stored public code (fixed once created). */
  code?: string;
  /** The version this draft started from (edits over a newer save are refused). */
  updatedAt?: string;
  draft: ServiceDraft;
  errors: FieldErrors;
  status: "editing" | "saved" | "error";
  /** A problem that is not about one input: forbidden, not_found, changed_meanwhile, unexpected. */
  problem?: string;
  /** Increases with every answer from the server, so the form is rebuilt from the draft. */
  version: number;
  /** The id of the element to focus after this answer. */
  focus?: string;
};

export type DivisionOption = { code: string; nameTh: string; nameEn: string };
