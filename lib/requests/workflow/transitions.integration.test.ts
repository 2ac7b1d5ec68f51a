import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { subscribe, type LiveEvent } from "@/lib/events/bus";
import { getTracking } from "@/lib/requests/get-tracking";
import type { StaffPrincipal } from "@/lib/staff/policy";
import { koResident } from "@/test/support/kiosk-device";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { nextStatus, WORKFLOW_ACTIONS, type WorkflowAction } from "../state-machine";
import { REQUEST_STATUSES, type RequestStatus } from "../status";
import { mergeComplaint } from "@/lib/complaints/merge-complaint";
import { acceptRequest } from "./accept-request";
import { addNote } from "./add-note";
import { changeRequest } from "./change-request";
import { completeRequest } from "./complete-request";
import { messageApplicant } from "./message-applicant";
import { recordDefects } from "./record-defects";
import { rejectRequest } from "./reject-request";
import { resumeRequest } from "./resume-request";
import { FILED_AT, fileRepair, makeStaff, requestRow } from "@/test/support/workflow-fixtures";
import { transferRequest } from "./transfer-request";

let officer: StaffPrincipal;
const live: LiveEvent[] = [];

beforeAll(async () => {
  await seedDatabase(db);
  officer = await makeStaff("OFFICER", ["ENGINEERING"]);
  subscribe((event) => live.push(event));
});
afterAll(() => db.$disconnect());

/** Each action with valid input, so only the status decides. */
function act(action: WorkflowAction, staff: StaffPrincipal, reference: string, now = FILED_AT) {
  const base = { staff, reference, now };
  switch (action) {
    case "accept":
      return acceptRequest(base);
    case "recordDefects":
      return recordDefects({ ...base, defects: ["สำเนาโฉนดที่ดิน"] });
    case "resume":
      return resumeRequest(base);
    case "transfer":
      return transferRequest({ ...base, toDivisionCode: "WELFARE", reason: "เป็นเรื่องสวัสดิการ" });
    case "note":
      return addNote({ ...base, text: "โทรนัดแล้ว" });
    case "message":
      return messageApplicant({ ...base, text: "เจ้าหน้าที่จะออกตรวจวันจันทร์" });
    case "complete":
      return completeRequest({ ...base, result: "ซ่อมเสร็จแล้ว" });
    case "reject":
      return rejectRequest({ ...base, reason: "อยู่นอกเขตเทศบาล" });
    case "merge":
      return mergeComplaint({ ...base, intoReference: "KO-2570-000001" });
  }
}

/** A fresh request brought to `status` by the workflow itself. */
async function requestIn(status: RequestStatus): Promise<string> {
  const { reference } = await fileRepair();
  const path: Record<RequestStatus, WorkflowAction[]> = {
    new: [],
    in_progress: ["accept"],
    waiting_applicant: ["accept", "recordDefects"],
    done: ["accept", "complete"],
    rejected: ["reject"],
  };
  for (const action of path[status]) await act(action, officer, reference);
  return reference;
}

const codeOf = (error: unknown) => (isAppError(error) ? error.code : error);

// Merging is for complaints: lib/complaints/merge-complaint.integration.test.ts walks its statuses.
const REQUEST_ACTIONS = WORKFLOW_ACTIONS.filter((action) => action !== "merge");

describe("every transition, allowed and refused", () => {
  for (const status of REQUEST_STATUSES) {
    for (const action of REQUEST_ACTIONS) {
      const to = nextStatus(status, action);
      it(`${to ? "allows" : "refuses"} ${action} from ${status}`, async () => {
        const reference = await requestIn(status);
        const before = await requestRow(reference);
        const outcome = await act(action, officer, reference).catch((e: unknown) => e);
        const after = await requestRow(reference);
        if (to === null) {
          expect(codeOf(outcome)).toBe("not_allowed");
          expect(after.events.length).toBe(before.events.length);
          expect(after.status).toBe(status);
          return;
        }
        expect(outcome).toMatchObject({ reference, status: to });
        expect(after.status).toBe(to);
        expect(after.events.length).toBe(before.events.length + 1);
        const event = after.events.at(-1)!;
        expect(event.actorId).toBe(officer.id);
        expect(event.public).toBe(action !== "note");
        const audit = await db.auditLog.findFirstOrThrow({ where: { subjectId: reference }, orderBy: { id: "desc" } });
        expect(audit).toMatchObject({ actorType: "staff", actorId: officer.id, action: `request.${event.type}`, personKey: after.applicantKey });
        expect(audit.detail).not.toContain(koResident.citizenId);
        expect(audit.detail).not.toContain("สมชาย");
      });
    }
  }
});

describe("acceptRequest", () => {
  it("records who took it up, when, and tells the boards after the commit", async () => {
    const { reference } = await fileRepair();
    const now = new Date("2026-12-04T04:00:00Z");
    live.length = 0;
    await acceptRequest({ staff: officer, reference, now });
    const row = await requestRow(reference);
    expect(row.acceptedAt).toEqual(now);
    expect(row.events.at(-1)).toMatchObject({ type: "accepted", public: true, createdAt: now });
    expect(live).toEqual([{ type: "request.changed", divisionId: row.divisionId, reference, status: "in_progress" }]);
  });

  it("lets only one of two officers accepting at once succeed", async () => {
    const { reference } = await fileRepair();
    const other = await makeStaff("OFFICER", ["ENGINEERING"]);
    const outcomes = await Promise.allSettled([acceptRequest({ staff: officer, reference }), acceptRequest({ staff: other, reference })]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const refused = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect(["stale", "not_allowed"]).toContain(codeOf(refused.reason));
    const row = await requestRow(reference);
    expect(row.events.filter((e) => e.type === "accepted")).toHaveLength(1);
  });
});

describe("recordDefects (the Licensing Act allows asking once)", () => {
  it("refuses a second request without confirmation, and records a confirmed one as such", async () => {
    const reference = await requestIn("waiting_applicant");
    await resumeRequest({ staff: officer, reference, now: FILED_AT });

    const refused = await recordDefects({ staff: officer, reference, defects: ["แผนที่"], now: FILED_AT }).catch((e: unknown) => e);
    expect(codeOf(refused)).toBe("defects_already_requested");
    expect((await requestRow(reference)).status).toBe("in_progress");

    await recordDefects({ staff: officer, reference, defects: ["แผนที่", "รูปถ่าย"], confirmRepeat: true, now: FILED_AT });
    const row = await requestRow(reference);
    expect(row).toMatchObject({ status: "waiting_applicant", defectRequests: 2 });
    const event = row.events.at(-1)!;
    // The date to deliver by: 7 working days from Friday 4 December (Mon 7 and Thu 10 are holidays).
    expect(JSON.parse(event.detail)).toEqual({ defects: ["แผนที่", "รูปถ่าย"], requestNumber: 2, confirmedRepeat: true, respondBy: "2026-12-17" });
    expect(event.messageTh).toContain("ครั้งที่ 2");
    expect(event.messageEn).toContain("1) แผนที่; 2) รูปถ่าย");
    // The resident reads the date to deliver by on the tracking page, as on the printed record.
    expect(event.messageTh).toContain("โปรดยื่นภายในวันที่ 17 ธันวาคม 2569");
    expect(event.messageEn).toContain("Please deliver them by 17 December 2026");
  });

  it("needs a defect list", async () => {
    const reference = await requestIn("in_progress");
    const refused = await recordDefects({ staff: officer, reference, defects: ["  "] }).catch((e: unknown) => e);
    expect(isAppError(refused) && refused.code).toBe("invalid_input");
    expect(isAppError(refused) && refused.details.fields).toEqual({ defects: "required" });
  });
});

describe("access", () => {
  it("answers 'not_found' to other divisions and to the counter, and writes nothing", async () => {
    const reference = await requestIn("new");
    const welfare = await makeStaff("OFFICER", ["WELFARE"]);
    const counter = await makeStaff("COUNTER", ["ENGINEERING"]);
    const welfareHead = await makeStaff("HEAD", ["WELFARE"]);
    for (const staff of [welfare, counter, welfareHead]) {
      for (const action of WORKFLOW_ACTIONS) {
        expect(codeOf(await act(action, staff, reference).catch((e: unknown) => e))).toBe("not_found");
      }
    }
    expect(codeOf(await acceptRequest({ staff: officer, reference: "KO-2570-999999" }).catch((e: unknown) => e))).toBe("not_found");
    expect(codeOf(await acceptRequest({ staff: officer, reference: "'; drop" }).catch((e: unknown) => e))).toBe("not_found");
    expect((await requestRow(reference)).events).toHaveLength(1);
  });

  it("lets an admin and a head of the division act", async () => {
    const admin = await makeStaff("ADMIN", []);
    const head = await makeStaff("HEAD", ["ENGINEERING"]);
    const reference = await requestIn("new");
    await acceptRequest({ staff: admin, reference });
    await completeRequest({ staff: head, reference, result: "เสร็จ" });
    expect((await requestRow(reference)).status).toBe("done");
  });
});

describe("transferRequest", () => {
  it("moves the request to the other division's board as new, keeps the due date, and takes it from the first", async () => {
    const reference = await requestIn("in_progress");
    const before = await requestRow(reference);
    const welfare = await makeStaff("OFFICER", ["WELFARE"]);
    live.length = 0;
    await transferRequest({ staff: officer, reference, toDivisionCode: "WELFARE", reason: "ผู้ยื่นขอรับน้ำดื่ม", now: FILED_AT });

    const row = await requestRow(reference);
    expect(row).toMatchObject({ status: "new", dueDate: before.dueDate });
    expect(row.division.code).toBe("WELFARE");
    expect(JSON.parse(row.events.at(-1)!.detail)).toMatchObject({ from: "ENGINEERING", to: "WELFARE", reason: "ผู้ยื่นขอรับน้ำดื่ม" });
    expect(live).toEqual([{ type: "request.transferred", fromDivisionId: before.divisionId, divisionId: row.divisionId, reference }]);

    expect(codeOf(await acceptRequest({ staff: officer, reference }).catch((e: unknown) => e))).toBe("not_found");
    await acceptRequest({ staff: welfare, reference });
    expect((await requestRow(reference)).status).toBe("in_progress");
  });

  it("refuses the division it is already in, or one that does not exist", async () => {
    const reference = await requestIn("new");
    const same = await transferRequest({ staff: officer, reference, toDivisionCode: "ENGINEERING", reason: "x" }).catch((e: unknown) => e);
    const unknown = await transferRequest({ staff: officer, reference, toDivisionCode: "NOPE", reason: "x" }).catch((e: unknown) => e);
    const noReason = await transferRequest({ staff: officer, reference, toDivisionCode: "WELFARE", reason: " " }).catch((e: unknown) => e);
    expect([codeOf(same), codeOf(unknown), codeOf(noReason)]).toEqual(["same_division", "unknown_division", "invalid_input"]);
  });

  it("refuses an officer acting on a view from before someone else's transfer", async () => {
    const reference = await requestIn("new");
    const both = await makeStaff("OFFICER", ["ENGINEERING", "WELFARE"]);
    // Loaded while in Engineering; the transfer commits before this accept writes.
    const stale = await changeRequest({
      staff: officer,
      reference,
      action: "accept",
      change: async () => {
        await transferRequest({ staff: both, reference, toDivisionCode: "WELFARE", reason: "สวัสดิการ" });
        return { event: { type: "accepted", public: true, messageTh: "", messageEn: "", detail: {} }, audit: {} };
      },
    }).catch((e: unknown) => e);
    expect(codeOf(stale)).toBe("stale");
    const row = await requestRow(reference);
    expect(row).toMatchObject({ status: "new", division: { code: "WELFARE" } });
    expect(row.events.map((e) => e.type)).toEqual(["filed", "transferred"]);
  });
});

describe("optimistic concurrency", () => {
  it("refuses a change when the status moved between reading and writing, and rolls nothing in", async () => {
    const reference = await requestIn("new");
    const other = await makeStaff("OFFICER", ["ENGINEERING"]);
    const stale = await changeRequest({
      staff: officer,
      reference,
      action: "reject",
      change: async () => {
        await acceptRequest({ staff: other, reference });
        return { event: { type: "rejected", public: true, messageTh: "x", messageEn: "x", detail: {} }, audit: {} };
      },
    }).catch((e: unknown) => e);
    expect(codeOf(stale)).toBe("stale");
    const row = await requestRow(reference);
    expect(row.status).toBe("in_progress");
    expect(row.events.map((e) => e.type)).toEqual(["filed", "accepted"]);
    expect(await db.auditLog.count({ where: { subjectId: reference, action: "request.rejected" } })).toBe(0);
  });
});

describe("what the resident sees", () => {
  it("shows messages, the defect list and the result on the tracking page, but never internal notes", async () => {
    const { reference, trackingToken } = await fileRepair();
    await acceptRequest({ staff: officer, reference });
    await addNote({ staff: officer, reference, text: "ภายใน: ผู้ยื่นเคยร้องเรียนเรื่องเดียวกัน" });
    await messageApplicant({ staff: officer, reference, text: "จะออกตรวจพื้นที่วันจันทร์" });
    await completeRequest({ staff: officer, reference, result: "ซ่อมถนนแล้ว" });
    await addNote({ staff: officer, reference, text: "ปิดงานแล้ว" });

    const tracking = await getTracking(trackingToken);
    const texts = tracking!.timeline.map((e) => e.message.th);
    expect(tracking!.status).toBe("done");
    expect(texts).toContain("จะออกตรวจพื้นที่วันจันทร์");
    expect(texts.some((t) => t.includes("ซ่อมถนนแล้ว"))).toBe(true);
    expect(texts.join(" ")).not.toContain("ภายใน");
    expect(texts.join(" ")).not.toContain("ปิดงานแล้ว");
  });
});
