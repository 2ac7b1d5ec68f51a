import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { fileRequest, type FileRequestInput } from "@/lib/requests/file-request";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { koResident } from "@/test/support/kiosk-device";
import { listBoard } from "./list-board";

let engineering: number;
beforeAll(async () => {
  await seedDatabase(db);
  engineering = (await db.division.findUniqueOrThrow({ where: { code: "ENGINEERING" } })).id;
  const filing = (now: string): FileRequestInput => ({
    serviceCode: "PUBLIC_INFRASTRUCTURE_REPAIR",
    channel: "counter",
    applicant: { ...koResident, phone: "0812345678" },
    identity: { source: "typed", detail: "typed" },
    answers: { problemType: "road", location: "ซอย 1" },
    idempotencyKey: null,
    actor: { type: "staff", label: "test" },
    now: new Date(now),
  });
  // Due 7 working days after filing: the first two are overdue by 2026-12-20, the third is not.
  for (const when of ["2026-11-02T03:00:00Z", "2026-11-03T03:00:00Z", "2026-12-14T03:00:00Z"]) await fileRequest(filing(when));
  const [, second] = await db.request.findMany({ orderBy: { id: "asc" } });
  await db.request.update({ where: { id: second!.id }, data: { status: "in_progress" } });
});
afterAll(() => db.$disconnect());

describe("listBoard", () => {
  const now = new Date("2026-12-20T03:00:00Z");

  it("counts each tab, with overdue across the open, running statuses", async () => {
    const { counts } = await listBoard({ divisionIds: [engineering], tab: "new", page: 1, showNames: () => true, now });
    expect(counts).toEqual({ new: 2, in_progress: 1, waiting: 0, overdue: 2, done: 0 });
  });

  it("lists a tab most urgent first, with names for those who may see cases", async () => {
    const { rows } = await listBoard({ divisionIds: [engineering], tab: "overdue", page: 1, showNames: () => true, now });
    expect(rows.map((r) => r.dueDate)).toEqual([...rows.map((r) => r.dueDate)].sort());
    expect(rows[0]!.applicantName.th).toBe("นาย สมชาย ใจดี");
  });

  it("masks names for those who may see the board but not cases", async () => {
    const { rows } = await listBoard({ divisionIds: [engineering], tab: "new", page: 1, showNames: () => false, now });
    expect(rows.every((r) => r.applicantName.th === "นาย ส**** ใ***")).toBe(true);
  });

  it("shows another division's board empty, not this one's requests", async () => {
    const welfare = (await db.division.findUniqueOrThrow({ where: { code: "WELFARE" } })).id;
    const { rows, counts } = await listBoard({ divisionIds: [welfare], tab: "new", page: 1, showNames: () => true, now });
    expect(rows).toEqual([]);
    expect(counts.new).toBe(0);
  });
});
