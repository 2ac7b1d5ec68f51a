import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { fileRequest } from "@/lib/requests/file-request";
import { acceptRequest } from "@/lib/requests/workflow/accept-request";
import { completeRequest } from "@/lib/requests/workflow/complete-request";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { koResident } from "@/test/support/kiosk-device";
import { at, makeStaff } from "@/test/support/workflow-fixtures";
import { computeComplaintStatistics } from "./complaint-statistics";
import { openDataFile } from "./open-data-file";

// General complaints (acknowledged within 3 working days). Filed Friday 4 December 2026
// they must be acknowledged by Friday 11 (8, 9, 11: Monday 7 and Thursday 10 are holidays).
const complaint = (topic: string, now: Date) =>
  fileRequest({
    serviceCode: "GENERAL_COMPLAINT",
    channel: "online",
    applicant: { ...koResident, phone: "0812345678" },
    identity: { source: "typed", detail: "typed online" },
    answers: { topic, details: "ชำรุดมานาน", location: "ซอย 3 หมู่ 2" },
    idempotencyKey: null,
    actor: { type: "public", label: "online" },
    now,
  });

beforeAll(async () => {
  await seedDatabase(db);
  const officer = await makeStaff("OFFICER", ["ENGINEERING"]);
  const lights = await complaint("street_lights", at("2026-12-04"));
  const road = await complaint("roads", at("2026-12-04"));
  const duplicate = await complaint("roads", at("2026-12-04"));
  await complaint("roads", at("2027-01-04")); // quarter 2, never acknowledged
  // Acknowledged Wednesday 9 (2 working days: on time) and Monday 14 (4: late), both answered.
  await acceptRequest({ staff: officer, reference: lights.reference, now: at("2026-12-09") });
  await acceptRequest({ staff: officer, reference: road.reference, now: at("2026-12-14") });
  await completeRequest({ staff: officer, reference: lights.reference, result: "ซ่อมไฟแล้ว", now: at("2026-12-15") });
  await completeRequest({ staff: officer, reference: road.reference, result: "ซ่อมถนนแล้ว", now: at("2026-12-16") });
  // Merged into the road complaint, with its outcome copied but no response of its own.
  const into = await db.request.findUniqueOrThrow({ where: { reference: road.reference } });
  await db.request.update({ where: { reference: duplicate.reference }, data: { mergedIntoId: into.id, status: "done" } });
});
afterAll(() => db.$disconnect());

describe("complaint statistics", () => {
  it("count complaints per quarter by topic and outcome, with the time to the first response", async () => {
    const s = await computeComplaintStatistics(2570, at("2027-01-05"));
    expect(s.cells.get("all|year")).toEqual({
      received: 4,
      outcomes: { answered: 2, rejected: 0, duplicate: 1, open: 1 },
      responded: 2,
      respondedOnTime: 1,
      medianDaysToResponse: 3,
    });
    expect(s.cells.get("all|Q1")).toMatchObject({ received: 3, outcomes: { answered: 2, duplicate: 1, open: 0 } });
    expect(s.cells.get("all|Q2")).toMatchObject({ received: 1, outcomes: { open: 1 }, responded: 0, medianDaysToResponse: null });
    expect(s.cells.get("roads|year")).toMatchObject({ received: 3, respondedOnTime: 0, medianDaysToResponse: 4 });
    expect(s.cells.get("street_lights|Q1")).toMatchObject({ received: 1, respondedOnTime: 1, medianDaysToResponse: 2 });
    // Topics named from the complaint form, in its order, "other" last.
    expect(s.topics[0]).toEqual({ value: "roads", name: expect.objectContaining({ th: "ถนน ทางเท้า สะพาน ชำรุด" }) });
    expect(s.topics.at(-1)!.value).toBe("other");
    // Service requests are not complaints.
    expect(await db.request.count({ where: { fiscalYear: 2570 } })).toBe(4);
  });

  it("are the same in the open data", async () => {
    const json = JSON.parse((await openDataFile("complaint-statistics-2570.json"))!.body);
    expect(json.rows.find((r: Record<string, unknown>) => r.topic_code === "all" && r.period === "year")).toMatchObject({
      received: 4, answered: 2, duplicate: 1, open: 1, responded: 2, responded_on_time: 1, median_working_days_to_first_response: 3,
    });
    expect(json.rows.find((r: Record<string, unknown>) => r.topic_code === "roads" && r.period === "Q2")).toMatchObject({ received: 1, open: 1 });
    // No text a complainant wrote reaches the file.
    expect(JSON.stringify(json)).not.toContain("ชำรุดมานาน");
  });
});
