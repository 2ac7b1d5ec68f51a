import { describe, expect, it } from "vitest";
import { can, type Permission, type StaffPrincipal } from "./policy";
import { ROLES, type Role } from "./roles";

const ENGINEERING = 3;
const WELFARE = 4;
const member = (role: Role): StaffPrincipal => ({ id: 1, role, divisionIds: [ENGINEERING] });

// The documented matrix (README, "Who may do what"): own division / another division.
const MATRIX: Record<Permission, Record<Role, [own: boolean, other: boolean]>> = {
  "board.view": { ADMIN: [true, true], HEAD: [true, false], OFFICER: [true, false], COUNTER: [true, false] },
  "request.view": { ADMIN: [true, true], HEAD: [true, false], OFFICER: [true, false], COUNTER: [false, false] },
  "request.viewCitizenId": { ADMIN: [true, true], HEAD: [true, false], OFFICER: [true, false], COUNTER: [false, false] },
  "request.act": { ADMIN: [true, true], HEAD: [true, false], OFFICER: [true, false], COUNTER: [false, false] },
  "ticket.call": { ADMIN: [true, true], HEAD: [true, false], OFFICER: [true, false], COUNTER: [true, false] },
  "request.fileOnBehalf": { ADMIN: [true, true], HEAD: [true, true], OFFICER: [true, true], COUNTER: [true, true] },
  "reports.view": { ADMIN: [true, true], HEAD: [true, false], OFFICER: [false, false], COUNTER: [false, false] },
  "complaint.merge": { ADMIN: [true, true], HEAD: [true, false], OFFICER: [false, false], COUNTER: [false, false] },
  "ita.evidence": { ADMIN: [true, true], HEAD: [true, false], OFFICER: [true, false], COUNTER: [false, false] },
  admin: { ADMIN: [true, true], HEAD: [false, false], OFFICER: [false, false], COUNTER: [false, false] },
};

describe("can", () => {
  for (const [permission, roles] of Object.entries(MATRIX) as [Permission, Record<Role, [boolean, boolean]>][]) {
    for (const role of ROLES) {
      it(`${role} ${roles[role][0] ? "may" : "may not"} ${permission} in their division, ${roles[role][1] ? "and may" : "but not"} in another`, () => {
        expect(can(member(role), permission, ENGINEERING)).toBe(roles[role][0]);
        expect(can(member(role), permission, WELFARE)).toBe(roles[role][1]);
      });
    }
  }

  it("gives a person with several divisions each of them, and no others", () => {
    const both: StaffPrincipal = { id: 2, role: "OFFICER", divisionIds: [ENGINEERING, WELFARE] };
    expect(can(both, "request.act", ENGINEERING)).toBe(true);
    expect(can(both, "request.act", WELFARE)).toBe(true);
    expect(can(both, "request.act", 1)).toBe(false);
  });

  it("gives a person with no division nothing division-bound", () => {
    const none: StaffPrincipal = { id: 3, role: "OFFICER", divisionIds: [] };
    expect(can(none, "board.view", ENGINEERING)).toBe(false);
    expect(can(none, "request.fileOnBehalf")).toBe(true);
  });
});
