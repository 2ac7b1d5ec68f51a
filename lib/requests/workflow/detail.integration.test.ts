import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import type { StaffPrincipal } from "@/lib/staff/policy";
import { koResident } from "@/test/support/kiosk-device";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { acceptRequest } from "./accept-request";
import { addNote } from "./add-note";
import { getRequestDetail } from "./get-request-detail";
import { revealCitizenId } from "./reveal-citizen-id";
import { at, fileRepair, makeStaff } from "@/test/support/workflow-fixtures";

let officer: StaffPrincipal;
let counter: StaffPrincipal;
let welfare: StaffPrincipal;

beforeAll(async () => {
  await seedDatabase(db);
  officer = await makeStaff("OFFICER", ["ENGINEERING"]);
  counter = await makeStaff("COUNTER", ["ENGINEERING"]);
  welfare = await makeStaff("HEAD", ["WELFARE"]);
});
afterAll(() => db.$disconnect());

describe("getRequestDetail", () => {
  it("shows the division's staff the applicant (ID masked), labelled answers, the identity source, the clock and the whole timeline", async () => {
    const { reference } = await fileRepair();
    await acceptRequest({ staff: officer, reference, now: at("2026-12-04") });
    await addNote({ staff: officer, reference, text: "โทรนัดแล้ว", now: at("2026-12-04", "11:00") });
    const detail = await getRequestDetail({ staff: officer, reference, now: at("2026-12-11") });

    expect(detail).toMatchObject({
      reference,
      status: "in_progress",
      division: { code: "ENGINEERING" },
      applicant: { name: { th: "นาย สมชาย ใจดี", en: "Mr. Somchai Jaidee" }, maskedCitizenId: "1-1017-xxxxx-03-0", phone: "0812345678" },
      canViewCitizenId: true,
      identity: { source: "typed", kioskName: null },
      clock: { dueDate: "2026-12-17", overdue: false, workingDaysLeft: 4, today: "2026-12-11" },
      actions: ["recordDefects", "transfer", "note", "message", "complete", "reject"],
      defectsNeedConfirmation: false,
    });
    expect(detail!.answers.map((a) => a.label.en)).toContain("Location");
    expect(detail!.timeline.map((e) => [e.type, e.public])).toEqual([
      ["filed", true],
      ["accepted", true],
      ["note", false],
    ]);
    expect(detail!.timeline[2]!.actor).toMatch(/^officer ENGINEERING/);
    expect(JSON.stringify(detail)).not.toContain(koResident.citizenId);
    expect(detail!.transferTargets.map((t) => t.code)).not.toContain("ENGINEERING");

    const audit = await db.auditLog.findFirstOrThrow({ where: { subjectId: reference, action: "request.viewed" } });
    expect(audit).toMatchObject({ actorId: officer.id, personKey: expect.any(String) });
  });

  it("gives other divisions and the counter nothing: the same answer as a reference that does not exist", async () => {
    const { reference } = await fileRepair();
    expect(await getRequestDetail({ staff: welfare, reference })).toBeNull();
    expect(await getRequestDetail({ staff: counter, reference })).toBeNull();
    expect(await getRequestDetail({ staff: officer, reference: "KO-2570-999999" })).toBeNull();
    expect(await getRequestDetail({ staff: officer, reference: "../../etc" })).toBeNull();
    expect(await db.auditLog.count({ where: { subjectId: reference, action: "request.viewed" } })).toBe(0);
  });

  it("lets an admin, who belongs to no division, see and act on any request", async () => {
    const { reference } = await fileRepair();
    const admin = await makeStaff("ADMIN", []);
    expect((await getRequestDetail({ staff: admin, reference }))!.actions).toContain("accept");
  });
});

describe("revealCitizenId", () => {
  it("returns the full ID to the division's staff and audits every view", async () => {
    const { reference } = await fileRepair();
    const before = await db.auditLog.count({ where: { subjectId: reference, action: "request.citizen_id_viewed" } });
    expect(await revealCitizenId({ staff: officer, reference })).toBe(koResident.citizenId);
    expect(await revealCitizenId({ staff: officer, reference })).toBe(koResident.citizenId);
    const entries = await db.auditLog.findMany({ where: { subjectId: reference, action: "request.citizen_id_viewed" } });
    expect(entries.length - before).toBe(2);
    const key = (await db.request.findUniqueOrThrow({ where: { reference } })).applicantKey;
    expect(entries.every((e) => e.personKey === key && e.actorId === officer.id && !e.detail.includes(koResident.citizenId))).toBe(true);
  });

  it("refuses the counter and other divisions as 'not found', and audits nothing for them", async () => {
    const { reference } = await fileRepair();
    for (const staff of [counter, welfare]) {
      const refused = await revealCitizenId({ staff, reference }).catch((e: unknown) => e);
      expect(isAppError(refused) && refused.code).toBe("not_found");
    }
    expect(await db.auditLog.count({ where: { subjectId: reference, action: "request.citizen_id_viewed" } })).toBe(0);
  });
});
