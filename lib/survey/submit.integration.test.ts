import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { acceptRequest } from "@/lib/requests/workflow/accept-request";
import { completeRequest } from "@/lib/requests/workflow/complete-request";
import { rejectRequest } from "@/lib/requests/workflow/reject-request";
import type { StaffPrincipal } from "@/lib/staff/policy";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { at, fileRepair, makeStaff } from "@/test/support/workflow-fixtures";
import { submitSurvey, surveyState } from "./submit";

let officer: StaffPrincipal;
const GOOD = { process: "5", staff: "4", time: "3", facilities: "4", information: "5", overall: "4", comment: "" };

beforeAll(async () => {
  await seedDatabase(db);
  officer = await makeStaff("OFFICER", ["ENGINEERING"]);
});
afterAll(() => db.$disconnect());

/** A street-light repair filed on 4 December 2026 and completed on 29 January 2027 (fiscal year 2570). */
async function completedRequest(): Promise<string> {
  const { reference, trackingToken } = await fileRepair();
  await acceptRequest({ staff: officer, reference, now: at("2026-12-07") });
  await completeRequest({ staff: officer, reference, result: "ซ่อมเสร็จแล้ว", now: at("2027-01-29", "16:30") });
  return trackingToken;
}

const responseCount = () => db.surveyResponse.count();

describe("submitSurvey", () => {
  it("stores one answer with the service, division, channel and the month the request was finished, and marks the request", async () => {
    const token = await completedRequest();
    expect(await surveyState(token)).toBe("open");
    const before = await responseCount();
    const request = await db.request.findUniqueOrThrow({ where: { trackingToken: token } });

    expect(await submitSurvey(token, GOOD, at("2027-02-02", "09:15"))).toEqual({ status: "saved" });

    expect(await responseCount()).toBe(before + 1);
    const stored = await db.surveyResponse.findFirstOrThrow({ where: { serviceId: request.serviceId, month: "2027-01" } });
    expect(stored).toMatchObject({ divisionId: request.divisionId, channel: "counter", month: "2027-01", fiscalYear: 2570, process: 5, staff: 4, time: 3, facilities: 4, information: 5, overall: 4, comment: "" });
    const after = await db.request.findUniqueOrThrow({ where: { trackingToken: token } });
    // Marked with the day only, and the request's own last change is untouched.
    expect(after.surveyedAt?.toISOString()).toBe("2027-02-01T17:00:00.000Z");
    expect(after.updatedAt).toEqual(request.updatedAt);
    expect(await surveyState(token)).toBe("answered");
  });

  it("the answer has no column that leads back to the request, and no audit entry or event mentions it", async () => {
    const columns = Object.keys(await db.surveyResponse.findFirstOrThrow());
    expect(columns.sort()).toEqual(["channel", "comment", "divisionId", "facilities", "fiscalYear", "id", "information", "month", "overall", "process", "serviceId", "staff", "time"]);
    const token = await completedRequest();
    const request = await db.request.findUniqueOrThrow({ where: { trackingToken: token }, select: { id: true, reference: true } });
    const audits = await db.auditLog.count();
    const events = await db.requestEvent.count({ where: { requestId: request.id } });
    await submitSurvey(token, GOOD);
    expect(await db.auditLog.count()).toBe(audits);
    expect(await db.requestEvent.count({ where: { requestId: request.id } })).toBe(events);
    // Ids are not a sequence that could be lined up with the order requests were answered in.
    const ids = (await db.surveyResponse.findMany({ select: { id: true } })).map((row) => row.id);
    expect(ids.some((id) => id > 1000)).toBe(true);
  });

  it("a second answer for the same request is refused and stores nothing", async () => {
    const token = await completedRequest();
    expect((await submitSurvey(token, GOOD)).status).toBe("saved");
    const count = await responseCount();
    expect(await submitSurvey(token, { ...GOOD, overall: "1" })).toEqual({ status: "already_answered" });
    expect(await responseCount()).toBe(count);
  });

  it("answers sent at the same moment store exactly one", async () => {
    const token = await completedRequest();
    const before = await responseCount();
    const results = await Promise.all(Array.from({ length: 6 }, () => submitSurvey(token, GOOD)));
    expect(results.filter((result) => result.status === "saved")).toHaveLength(1);
    expect(results.filter((result) => result.status === "already_answered")).toHaveLength(5);
    expect(await responseCount()).toBe(before + 1);
  });

  it("a request still being worked on cannot be rated yet", async () => {
    const { reference, trackingToken } = await fileRepair();
    expect(await submitSurvey(trackingToken, GOOD)).toEqual({ status: "not_finished" });
    await acceptRequest({ staff: officer, reference });
    expect(await submitSurvey(trackingToken, GOOD)).toEqual({ status: "not_finished" });
    expect(await surveyState(trackingToken)).toBe("not_finished");
    expect((await db.request.findUniqueOrThrow({ where: { trackingToken } })).surveyedAt).toBeNull();
  });

  it("a refused request can be rated too", async () => {
    const { reference, trackingToken } = await fileRepair();
    await rejectRequest({ staff: officer, reference, reason: "อยู่นอกเขตเทศบาล" });
    expect((await submitSurvey(trackingToken, GOOD)).status).toBe("saved");
  });

  it("an unknown or malformed token is not found", async () => {
    expect(await submitSurvey("AAAAAAAAAAAAAAAAAAAAAA", GOOD)).toEqual({ status: "not_found" });
    expect(await submitSurvey("../../etc", GOOD)).toEqual({ status: "not_found" });
  });

  it("refuses ratings that are not a whole number from 1 to 5, naming each question, and stores nothing", async () => {
    const token = await completedRequest();
    const before = await responseCount();
    const result = await submitSurvey(token, { process: "0", staff: "6", time: "5; drop table", facilities: "2.5", information: 2.5, overall: "", comment: "x".repeat(1001) });
    expect(result).toEqual({
      status: "invalid",
      errors: { process: "invalid", staff: "invalid", time: "invalid", facilities: "invalid", information: "invalid", overall: "required", comment: "tooLong" },
    });
    expect(await submitSurvey(token, { ...GOOD, staff: undefined })).toEqual({ status: "invalid", errors: { staff: "required" } });
    expect(await responseCount()).toBe(before);
    expect(await surveyState(token)).toBe("open");
  });

  it("keeps HTML in the comment as the text that was typed", async () => {
    const token = await completedRequest();
    const comment = `<script>alert("x")</script><b>ดีมาก</b> & 'ขอบคุณ'`;
    expect((await submitSurvey(token, { ...GOOD, comment, overall: "2" })).status).toBe("saved");
    expect(await db.surveyResponse.count({ where: { comment } })).toBe(1);
  });
});
