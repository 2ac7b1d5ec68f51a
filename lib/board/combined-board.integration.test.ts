import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { can, type StaffPrincipal } from "@/lib/staff/policy";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { fileRepair, makeStaff } from "@/test/support/workflow-fixtures";
import { chooseBoardScope } from "./board-scope";
import { listBoard, type BoardCounts } from "./list-board";

// Five new requests: two stay at Engineering, two go to Welfare, one to the Palad office.
let divisions: { id: number; code: string }[];
const byCode = (code: string) => divisions.find((d) => d.code === code)!.id;
beforeAll(async () => {
  await seedDatabase(db);
  divisions = await db.division.findMany({ select: { id: true, code: true }, orderBy: { id: "asc" } });
  const filed = [];
  for (let i = 0; i < 5; i++) filed.push(await fileRepair());
  const moveTo = ["ENGINEERING", "ENGINEERING", "WELFARE", "WELFARE", "PALAD"];
  for (const [index, request] of filed.entries()) {
    await db.request.update({ where: { reference: request.reference }, data: { divisionId: byCode(moveTo[index]!) } });
  }
});
afterAll(() => db.$disconnect());

const now = new Date("2026-12-04T05:00:00Z");

/** The board this person gets for `?division=`, as the page lists it. */
async function boardFor(staff: StaffPrincipal, requested?: string) {
  const scope = chooseBoardScope(staff, divisions, requested)!;
  const board = await listBoard({ divisionIds: scope.divisions.map((d) => d.id), tab: "new", page: 1, showNames: (id) => can(staff, "request.view", id), now });
  const codes = board.rows.map((row) => divisions.find((d) => d.id === row.divisionId)!.code);
  return { scope, ...board, codes };
}

function sum(...counts: BoardCounts[]): BoardCounts {
  return counts.reduce((total, c) => ({
    new: total.new + c.new,
    in_progress: total.in_progress + c.in_progress,
    waiting: total.waiting + c.waiting,
    overdue: total.overdue + c.overdue,
    done: total.done + c.done,
  }));
}

describe("the combined board", () => {
  it("shows an administrator every division's requests, with counts that are the sum of the divisions'", async () => {
    const admin = await makeStaff("ADMIN", []);
    const all = await boardFor(admin);
    expect(all.scope).toMatchObject({ key: "all", municipality: true });
    expect(all.codes.sort()).toEqual(["ENGINEERING", "ENGINEERING", "PALAD", "WELFARE", "WELFARE"]);
    const each = await Promise.all(divisions.map((d) => boardFor(admin, d.code)));
    expect(all.counts).toEqual(sum(...each.map((board) => board.counts)));
    expect(all.counts.new).toBe(5);
  });

  it("shows a head of two divisions the sum of those two, and nothing of a third", async () => {
    const head = await makeStaff("HEAD", ["ENGINEERING", "WELFARE"]);
    const all = await boardFor(head, "all");
    expect(all.scope).toMatchObject({ key: "all", municipality: false });
    expect(all.codes.sort()).toEqual(["ENGINEERING", "ENGINEERING", "WELFARE", "WELFARE"]);
    expect(all.counts).toEqual(sum((await boardFor(head, "ENGINEERING")).counts, (await boardFor(head, "WELFARE")).counts));
    expect(all.rows.every((row) => row.applicantName.th === "นาย สมชาย ใจดี")).toBe(true);
  });

  it("gives an officer of one division only that division, whatever the address asks for", async () => {
    const officer = await makeStaff("OFFICER", ["WELFARE"]);
    for (const requested of ["all", "PALAD", undefined]) {
      const board = await boardFor(officer, requested);
      expect(board.codes).toEqual(["WELFARE", "WELFARE"]);
      expect(board.counts.new).toBe(2);
    }
  });

  it("masks names for counter staff on the combined board too", async () => {
    const counter = await makeStaff("COUNTER", ["ENGINEERING", "PALAD"]);
    const all = await boardFor(counter, "all");
    expect(all.codes.sort()).toEqual(["ENGINEERING", "ENGINEERING", "PALAD"]);
    expect(all.rows.every((row) => row.applicantName.th === "นาย ส**** ใ***")).toBe(true);
  });
});
