import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listBoard } from "@/lib/board/list-board";
import { db } from "@/lib/db/client";
import { fileRequest, type FileRequestInput } from "@/lib/requests/file-request";
import { acceptRequest } from "@/lib/requests/workflow/accept-request";
import { getRequestDetail } from "@/lib/requests/workflow/get-request-detail";
import { revealCitizenId } from "@/lib/requests/workflow/reveal-citizen-id";
import { can } from "@/lib/staff/policy";
import { koResident } from "@/test/support/kiosk-device";
import { at, makeStaff } from "@/test/support/workflow-fixtures";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { COMPLAINT_UNIT, mayReadComplainant } from "./complainant-identity";

beforeAll(() => seedDatabase(db));
afterAll(() => db.$disconnect());

// Friday 4 December 2026; Monday 7 and Thursday 10 December are holidays in the seed.
const FILED = at("2026-12-04");
const complaint = (answers: Record<string, unknown>, overrides: Partial<FileRequestInput> = {}): FileRequestInput => ({
  serviceCode: "GENERAL_COMPLAINT",
  channel: "online",
  applicant: { ...koResident, phone: "0812345678" },
  identity: { source: "typed", detail: "typed online" },
  answers: { details: "ไฟถนนดับทั้งซอย", location: "ซอย 3 หมู่ 2", ...answers },
  idempotencyKey: null,
  actor: { type: "public", label: "online" },
  now: FILED,
  ...overrides,
});

async function boardOf(staff: Awaited<ReturnType<typeof makeStaff>>, divisionCode: string, kind: "requests" | "complaints", now: Date) {
  const division = await db.division.findUniqueOrThrow({ where: { code: divisionCode } });
  const unit = await db.division.findUniqueOrThrow({ where: { code: COMPLAINT_UNIT } });
  return listBoard({
    divisionIds: [division.id],
    tab: "new",
    page: 1,
    kind,
    now,
    showNames: (divisionId, withheld) =>
      mayReadComplainant({ mayView: can(staff, "request.view", divisionId), withheld, staffDivisionIds: staff.divisionIds, complaintUnitId: unit.id }),
  });
}

describe("filing a complaint", () => {
  it("is a complaint with an acknowledgement day 3 working days on and its answer 10 working days on", async () => {
    const filed = await fileRequest(complaint({ topic: "street_lights" }));
    const row = await db.request.findUniqueOrThrow({ where: { reference: filed.reference }, include: { division: true } });
    expect(row.kind).toBe("complaint");
    // Tue 8, Wed 9, Fri 11.
    expect(row.acknowledgeBy).toBe("2026-12-11");
    expect(row.dueDate).toBe(filed.dueDate);
    expect(row.division.code).toBe("ENGINEERING");
  });

  it("routes by topic: roads, lights and drains to Engineering; rubbish, noise, animals, services and conduct to the Clerk's Office", async () => {
    const expected: Record<string, string> = {
      roads: "ENGINEERING",
      street_lights: "ENGINEERING",
      drains_and_water: "ENGINEERING",
      waste_and_cleanliness: "PALAD",
      nuisance: "PALAD",
      animals: "PALAD",
      municipal_service: "PALAD",
      officer_conduct: "PALAD",
    };
    for (const [topic, division] of Object.entries(expected)) {
      const filed = await fileRequest(complaint({ topic }));
      expect([topic, filed.division.code]).toEqual([topic, division]);
    }
  });

  it("leaves a service request's row without an acknowledgement day", async () => {
    const filed = await fileRequest(complaint({}, { serviceCode: "PUBLIC_INFRASTRUCTURE_REPAIR", channel: "counter", answers: { problemType: "road", location: "ซอย 2" } }));
    const row = await db.request.findUniqueOrThrow({ where: { reference: filed.reference } });
    expect(row).toMatchObject({ kind: "service", acknowledgeBy: null });
  });

  it("lists complaints apart from service requests on the division's board, and flags one not acknowledged in time", async () => {
    const officer = await makeStaff("OFFICER", ["ENGINEERING"]);
    const filed = await fileRequest(complaint({ topic: "roads" }));
    const late = at("2026-12-14");
    const complaints = await boardOf(officer, "ENGINEERING", "complaints", late);
    const requests = await boardOf(officer, "ENGINEERING", "requests", late);
    expect(complaints.rows.map((r) => r.reference)).toContain(filed.reference);
    expect(requests.rows.map((r) => r.reference)).not.toContain(filed.reference);
    expect(complaints.kindCounts.complaints).toBeGreaterThan(0);
    expect(complaints.kindCounts.requests).toBeGreaterThan(0);
    expect(complaints.rows.find((r) => r.reference === filed.reference)?.acknowledgeOverdue).toBe(true);
    const overdue = await listBoard({ divisionIds: [(await db.division.findUniqueOrThrow({ where: { code: "ENGINEERING" } })).id], tab: "overdue", kind: "complaints", page: 1, now: late, showNames: () => true });
    expect(overdue.rows.map((r) => r.reference)).toContain(filed.reference);

    // Accepting it is the acknowledgement: the flag goes.
    await acceptRequest({ staff: officer, reference: filed.reference, now: at("2026-12-14") });
    const detail = await getRequestDetail({ staff: officer, reference: filed.reference, now: late });
    expect(detail?.complaint).toMatchObject({ acknowledgeBy: "2026-12-11", acknowledgeOverdue: false });
  });
});

describe("a complainant who keeps their name from the division", () => {
  it("is masked for the division handling it, and shown to the complaint-handling unit", async () => {
    const filed = await fileRequest(complaint({ topic: "roads", keepNameFromDivision: true }));
    const engineer = await makeStaff("OFFICER", ["ENGINEERING"]);
    const admin = await makeStaff("ADMIN", []);
    const unitOfficer = await makeStaff("OFFICER", ["PALAD", "ENGINEERING"]);

    const forEngineer = (await boardOf(engineer, "ENGINEERING", "complaints", FILED)).rows.find((r) => r.reference === filed.reference);
    const forUnit = (await boardOf(unitOfficer, "ENGINEERING", "complaints", FILED)).rows.find((r) => r.reference === filed.reference);
    expect(forEngineer?.applicantName.th).not.toContain(koResident.nameTh.first);
    expect(forUnit?.applicantName.th).toContain(koResident.nameTh.first);

    for (const staff of [engineer, admin]) {
      const detail = await getRequestDetail({ staff, reference: filed.reference, now: FILED });
      expect(detail?.complaint?.nameHidden).toBe(true);
      expect(detail?.applicant?.name.th).not.toContain(koResident.nameTh.first);
      expect(detail?.applicant).toMatchObject({ phone: "", address: "", maskedCitizenId: "" });
      expect(detail?.canViewCitizenId).toBe(false);
      await expect(revealCitizenId({ staff, reference: filed.reference })).rejects.toThrow();
    }
    const forUnitDetail = await getRequestDetail({ staff: unitOfficer, reference: filed.reference, now: FILED });
    expect(forUnitDetail?.applicant?.name.th).toContain(koResident.nameTh.first);
    expect(await revealCitizenId({ staff: unitOfficer, reference: filed.reference })).toBe(koResident.citizenId);

    // Each viewing is still in the audit log, masked or not.
    expect(await db.auditLog.count({ where: { subjectId: filed.reference, action: "request.viewed" } })).toBe(3);
  });

  it("is shown to the division when the complainant did not ask", async () => {
    const filed = await fileRequest(complaint({ topic: "roads", keepNameFromDivision: false }));
    const engineer = await makeStaff("OFFICER", ["ENGINEERING"]);
    const detail = await getRequestDetail({ staff: engineer, reference: filed.reference, now: FILED });
    expect(detail?.complaint?.nameHidden).toBe(false);
    expect(detail?.applicant?.name.th).toContain(koResident.nameTh.first);
  });
});
