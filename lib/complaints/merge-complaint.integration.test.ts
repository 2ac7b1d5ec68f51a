import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { getTracking } from "@/lib/requests/get-tracking";
import { fileRequest, type FileRequestInput } from "@/lib/requests/file-request";
import { acceptRequest } from "@/lib/requests/workflow/accept-request";
import { addNote } from "@/lib/requests/workflow/add-note";
import { completeRequest } from "@/lib/requests/workflow/complete-request";
import { getRequestDetail } from "@/lib/requests/workflow/get-request-detail";
import { messageApplicant } from "@/lib/requests/workflow/message-applicant";
import { rejectRequest } from "@/lib/requests/workflow/reject-request";
import type { StaffPrincipal } from "@/lib/staff/policy";
import { koResident } from "@/test/support/kiosk-device";
import { startInbox, type Inbox } from "@/test/support/smtp-inbox";
import { at, fileRepair, makeStaff } from "@/test/support/workflow-fixtures";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { mergeComplaint } from "./merge-complaint";

const FILED = at("2026-12-04");
const LATER = at("2026-12-08");
let head: StaffPrincipal;
let officer: StaffPrincipal;
let inbox: Inbox;

beforeAll(async () => {
  await seedDatabase(db);
  head = await makeStaff("HEAD", ["ENGINEERING"]);
  officer = await makeStaff("OFFICER", ["ENGINEERING"]);
  // Mail on, to a real SMTP server: each complainant's mail is queued in the same transaction.
  inbox = await startInbox();
  Object.assign(process.env, { SMTP_HOST: "127.0.0.1", SMTP_PORT: String(inbox.port), SMTP_SECURE: "0", MAIL_FROM: "เทศบาลตำบลก้อ <no-reply@ko.example>", PUBLIC_URL: "https://eservice.ko.example" });
});
afterAll(async () => {
  for (const name of ["SMTP_HOST", "SMTP_PORT", "SMTP_SECURE", "MAIL_FROM", "PUBLIC_URL"]) delete process.env[name];
  await inbox.close();
  await db.$disconnect();
});

/** A street-light complaint (routed to Engineering) from a resident with their own email. */
async function lightComplaint(email: string, topic = "street_lights"): Promise<{ reference: string; trackingToken: string }> {
  const input: FileRequestInput = {
    serviceCode: "GENERAL_COMPLAINT",
    channel: "online",
    applicant: { ...koResident, phone: "0812345678", email },
    identity: { source: "typed", detail: "typed online" },
    answers: { topic, details: "ไฟถนนดับทั้งซอย", location: "ซอย 3 หมู่ 2" },
    idempotencyKey: null,
    actor: { type: "public", label: "online" },
    now: FILED,
  };
  return fileRequest(input);
}

const codeOf = (error: unknown) => (isAppError(error) ? error.code : error);
const mailFor = async (reference: string) => db.mailMessage.count({ where: { request: { reference } } });

describe("merging duplicate complaints", () => {
  it("closes every merged complaint with the answer, tells each complainant, and leaves a note of whose outcome it was", async () => {
    const first = await lightComplaint("first@example.org");
    const second = await lightComplaint("second@example.org");
    const third = await lightComplaint("third@example.org");
    await mergeComplaint({ staff: head, reference: second.reference, intoReference: first.reference, now: LATER });
    // Lower case and spaces are what people type; the reference is read as written on the receipt.
    await mergeComplaint({ staff: head, reference: third.reference, intoReference: ` ${first.reference.toLowerCase()} `, now: LATER });

    const tracking = await getTracking(second.trackingToken);
    expect(tracking?.timeline.at(-1)?.message.th).toContain("รวมกับเรื่องร้องเรียนปัญหาเดียวกัน");
    expect(JSON.stringify(tracking)).not.toContain(first.reference);
    expect(await mailFor(second.reference)).toBe(2); // filed, merged

    await acceptRequest({ staff: officer, reference: first.reference, now: LATER });
    await completeRequest({ staff: officer, reference: first.reference, result: "เปลี่ยนหลอดไฟแล้ว", now: LATER });

    for (const follower of [second, third]) {
      const row = await db.request.findUniqueOrThrow({ where: { reference: follower.reference }, include: { events: true } });
      expect(row.status).toBe("done");
      expect(row.completedAt).toEqual(LATER);
      expect(row.events.at(-1)).toMatchObject({ type: "completed", public: true, messageTh: "ดำเนินการแล้วเสร็จ: เปลี่ยนหลอดไฟแล้ว" });
      const audit = await db.auditLog.findFirstOrThrow({ where: { subjectId: follower.reference }, orderBy: { id: "desc" } });
      expect(audit.action).toBe("request.completed");
      expect(JSON.parse(audit.detail)).toMatchObject({ mergedInto: first.reference, to: "done" });
      expect(await mailFor(follower.reference)).toBe(3); // filed, merged, completed
      expect((await getTracking(follower.trackingToken))?.status).toBe("done");
    }
    const detail = await getRequestDetail({ staff: head, reference: first.reference, now: LATER });
    expect(detail?.complaint?.merged).toEqual([second.reference, third.reference]);
  });

  it("closes merged complaints when the one they follow is rejected", async () => {
    const first = await lightComplaint("a@example.org");
    const second = await lightComplaint("b@example.org");
    await mergeComplaint({ staff: head, reference: second.reference, intoReference: first.reference, now: LATER });
    await rejectRequest({ staff: officer, reference: first.reference, reason: "อยู่นอกเขตเทศบาล", now: LATER });
    expect((await db.request.findUniqueOrThrow({ where: { reference: second.reference } })).status).toBe("rejected");
  });

  it("lets a merged complaint take notes only, and offers the merge to a HEAD alone", async () => {
    const first = await lightComplaint("c@example.org");
    const second = await lightComplaint("d@example.org");
    expect((await getRequestDetail({ staff: officer, reference: second.reference, now: LATER }))?.actions).not.toContain("merge");
    expect((await getRequestDetail({ staff: head, reference: second.reference, now: LATER }))?.actions).toContain("merge");
    expect(codeOf(await mergeComplaint({ staff: officer, reference: second.reference, intoReference: first.reference }).catch((e: unknown) => e))).toBe("not_allowed");

    await mergeComplaint({ staff: head, reference: second.reference, intoReference: first.reference, now: LATER });
    expect((await getRequestDetail({ staff: head, reference: second.reference, now: LATER }))?.actions).toEqual(["note"]);
    expect(codeOf(await acceptRequest({ staff: officer, reference: second.reference }).catch((e: unknown) => e))).toBe("merged");
    expect(codeOf(await messageApplicant({ staff: officer, reference: second.reference, text: "สวัสดี" }).catch((e: unknown) => e))).toBe("merged");
    await addNote({ staff: officer, reference: second.reference, text: "ผู้ร้องโทรมาสอบถาม" });
  });

  it("moves complaints that followed a merged one along, so there are no chains", async () => {
    const first = await lightComplaint("e@example.org");
    const second = await lightComplaint("f@example.org");
    const third = await lightComplaint("g@example.org");
    await mergeComplaint({ staff: head, reference: third.reference, intoReference: second.reference, now: LATER });
    await mergeComplaint({ staff: head, reference: second.reference, intoReference: first.reference, now: LATER });
    const firstRow = await db.request.findUniqueOrThrow({ where: { reference: first.reference } });
    const followers = await db.request.findMany({ where: { mergedIntoId: firstRow.id }, select: { reference: true } });
    expect(followers.map((f) => f.reference).sort()).toEqual([second.reference, third.reference].sort());
  });

  it("refuses a target that is not an open complaint of the same division, and writes nothing", async () => {
    const complaint = await lightComplaint("h@example.org");
    const closed = await lightComplaint("i@example.org");
    await rejectRequest({ staff: officer, reference: closed.reference, reason: "ซ้ำ" });
    const otherDivision = await lightComplaint("j@example.org", "nuisance"); // the Clerk's Office
    const repair = await fileRepair();
    const refusals: [string, string][] = [
      [complaint.reference, "merge_target"], // itself
      [closed.reference, "merge_target"],
      [otherDivision.reference, "merge_target"],
      [repair.reference, "merge_target"], // a service request
      ["KO-2570-999999", "merge_target"],
      ["not a reference", "invalid_input"],
    ];
    for (const [into, code] of refusals) {
      expect(codeOf(await mergeComplaint({ staff: head, reference: complaint.reference, intoReference: into }).catch((e: unknown) => e)), into).toBe(code);
    }
    expect(codeOf(await mergeComplaint({ staff: head, reference: repair.reference, intoReference: complaint.reference }).catch((e: unknown) => e))).toBe("not_a_complaint");
    const row = await db.request.findUniqueOrThrow({ where: { reference: complaint.reference }, include: { events: true } });
    expect(row.mergedIntoId).toBeNull();
    expect(row.events).toHaveLength(1);
  });
});
