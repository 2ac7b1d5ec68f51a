import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { can, type Permission, type StaffPrincipal } from "./policy";
import { ROLES } from "./roles";

/** README's "Who may do what" table must say what can() does: one row per permission, in order. */
const ROWS: Permission[] = [
  "board.view",
  "request.view",
  "request.viewCitizenId",
  "request.act",
  "ticket.call",
  "request.fileOnBehalf",
  "reports.view",
  "complaint.merge",
  "ita.evidence",
  "admin",
];

function readmeTable(): string[][] {
  const readme = fs.readFileSync(path.resolve(__dirname, "../../README.md"), "utf8");
  const section = readme.slice(readme.indexOf("### Who may do what"));
  return section
    .split("\n")
    .filter((line) => line.startsWith("| ") && !line.startsWith("| may") && !line.startsWith("| ---"))
    .slice(0, ROWS.length)
    .map((line) => line.split("|").slice(2, -1).map((cell) => cell.trim()));
}

describe("README's authorisation table", () => {
  const table = readmeTable();
  const own = 3;
  const other = 4;

  it("has a row for every permission", () => {
    expect(table).toHaveLength(ROWS.length);
  });

  ROWS.forEach((permission, row) => {
    it(`states ${permission} as lib/staff/policy.ts decides it`, () => {
      ROLES.forEach((role, column) => {
        const staff: StaffPrincipal = { id: 1, role, divisionIds: [own] };
        const cell = table[row]![column]!;
        const ownDivision = can(staff, permission, own);
        const otherDivision = can(staff, permission, other);
        const said = { "every division": [true, true], "any service": [true, true], yes: [true, true], own: [true, false], no: [false, false] }[cell];
        expect(said, `${permission} / ${role}: "${cell}"`).toEqual([ownDivision, otherDivision]);
      });
    });
  });
});
