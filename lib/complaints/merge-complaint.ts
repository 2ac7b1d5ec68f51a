import { z } from "zod";
import { db } from "@/lib/db/client";
import { OPEN_STATUSES, isOpen } from "@/lib/requests/state-machine";
import type { RequestStatus } from "@/lib/requests/status";
import { changeRequest, type WorkflowResult } from "@/lib/requests/workflow/change-request";
import { workflowError } from "@/lib/requests/workflow/errors";
import { parseField } from "@/lib/requests/workflow/inputs";
import { REFERENCE_PATTERN } from "@/lib/requests/workflow/load-request";
import { can, type StaffPrincipal } from "@/lib/staff/policy";

const intoReference = z.string().trim().toUpperCase().regex(REFERENCE_PATTERN);

/**
 * A HEAD merges a duplicate complaint (several residents reporting the same broken light)
 * into the one the division is answering. The duplicate keeps its status and its own
 * complainant, takes no more actions (only notes), and closes with the same outcome when
 * the one it follows closes (close-merged.ts), so each complainant is told. Complaints that
 * followed the duplicate follow the new one: there are never chains.
 */
export async function mergeComplaint(options: { staff: StaffPrincipal; reference: string; intoReference: string; now?: Date }): Promise<WorkflowResult> {
  const into = parseField(intoReference, options.intoReference, "into");
  return changeRequest({
    ...options,
    action: "merge",
    change: async (request) => {
      if (!can(options.staff, "complaint.merge", request.divisionId)) throw workflowError("not_allowed");
      if (request.kind !== "complaint") throw workflowError("not_a_complaint");
      const target = await db.request.findUnique({ where: { reference: into }, select: { id: true, reference: true, kind: true, status: true, divisionId: true, mergedIntoId: true } });
      const fits =
        target !== null &&
        target.id !== request.id &&
        target.kind === "complaint" &&
        target.divisionId === request.divisionId &&
        target.mergedIntoId === null &&
        isOpen(target.status as RequestStatus);
      if (!fits) throw workflowError("merge_target", { fields: { into: "notMergeable" } });
      return {
        data: { mergedIntoId: target.id },
        guard: { mergedIntoId: null },
        event: {
          type: "merged",
          public: true,
          messageTh: "รวมกับเรื่องร้องเรียนปัญหาเดียวกันที่มีผู้แจ้งไว้ เมื่อได้ผลการดำเนินการจะแจ้งให้ท่านทราบด้วย",
          messageEn: "Merged with a complaint about the same problem. You will be told the outcome when it is answered.",
          detail: {},
        },
        audit: { into: target.reference },
        alongside: async (tx) => {
          // The target must still be open and unmerged when this commits (another HEAD may act at once).
          const stillFits = await tx.request.count({ where: { id: target.id, mergedIntoId: null, status: { in: [...OPEN_STATUSES] } } });
          if (stillFits !== 1) throw workflowError("merge_target", { fields: { into: "notMergeable" } });
          await tx.request.updateMany({ where: { mergedIntoId: request.id }, data: { mergedIntoId: target.id } });
          return { mailed: false, live: [] };
        },
      };
    },
  });
}
