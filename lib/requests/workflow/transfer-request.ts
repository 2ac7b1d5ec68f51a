import { db } from "@/lib/db/client";
import type { StaffPrincipal } from "@/lib/staff/policy";
import { endPause } from "../clock";
import { changeRequest, type WorkflowResult } from "./change-request";
import { workflowError } from "./errors";
import { parseField, reasonText } from "./inputs";

/**
 * Pass a request to another division, with a reason: any open status -> new, on the other
 * division's board. The due date stays (a transfer gives no extra time); a request waiting
 * for the applicant comes off the pause first (its due date moves by the days waited). The
 * resident sees that it moved; the reason stays internal.
 */
export async function transferRequest(options: {
  staff: StaffPrincipal;
  reference: string;
  toDivisionCode: string;
  reason: string;
  now?: Date;
}): Promise<WorkflowResult> {
  const reason = parseField(reasonText, options.reason, "reason");
  const target = await db.division.findUnique({ where: { code: options.toDivisionCode }, select: { id: true, code: true, nameTh: true, nameEn: true } });
  if (!target) throw workflowError("unknown_division", { fields: { division: "invalid" } });
  return changeRequest({
    ...options,
    action: "transfer",
    change: (request, { today, holidays }) => {
      if (request.divisionId === target.id) throw workflowError("same_division", { fields: { division: "same" } });
      const clock = endPause(request, today, holidays);
      return {
        data: { divisionId: target.id, dueDate: clock.dueDate, pausedDays: clock.pausedDays, pausedSince: null },
        event: {
          type: "transferred",
          public: true,
          messageTh: `ส่งเรื่องต่อให้${target.nameTh}ดำเนินการ`,
          messageEn: `Passed to the ${target.nameEn}`,
          detail: { from: request.division.code, to: target.code, reason, waitedWorkingDays: clock.waited },
        },
        settleTicket: "transferred",
        audit: { fromDivision: request.division.code, toDivision: target.code },
        live: (result) => ({ type: "request.transferred", fromDivisionId: request.divisionId, divisionId: result.divisionId, reference: result.reference }),
      };
    },
  });
}
