import { describe, expect, it } from "vitest";
import { chooseBoardScope } from "./board-scope";

const divisions = [
  { id: 1, code: "PALAD" },
  { id: 3, code: "ENGINEERING" },
  { id: 4, code: "WELFARE" },
];
const codes = (scope: ReturnType<typeof chooseBoardScope> | null) => scope?.divisions.map((d) => d.code);

describe("chooseBoardScope", () => {
  it("opens an administrator's board on every division of the municipality", () => {
    const scope = chooseBoardScope({ id: 1, role: "ADMIN", divisionIds: [] }, divisions);
    expect(scope).toMatchObject({ key: "all", combined: true, municipality: true });
    expect(codes(scope)).toEqual(["PALAD", "ENGINEERING", "WELFARE"]);
    expect(chooseBoardScope({ id: 1, role: "ADMIN", divisionIds: [] }, divisions, "WELFARE")).toMatchObject({ key: "WELFARE", combined: false });
  });

  it("gives a head of two divisions the sum of those two, and never a third", () => {
    const head = { id: 2, role: "HEAD" as const, divisionIds: [4, 3] };
    expect(chooseBoardScope(head, divisions)).toMatchObject({ key: "ENGINEERING", combined: false });
    const all = chooseBoardScope(head, divisions, "all");
    expect(all).toMatchObject({ key: "all", combined: true, municipality: false });
    expect(codes(all)).toEqual(["ENGINEERING", "WELFARE"]);
  });

  it("gives an officer of one division that division, even when asking for all or another", () => {
    const officer = { id: 3, role: "OFFICER" as const, divisionIds: [3] };
    expect(chooseBoardScope(officer, divisions, "all")).toMatchObject({ key: "ENGINEERING", combined: false });
    expect(chooseBoardScope(officer, divisions, "PALAD")).toMatchObject({ key: "ENGINEERING", combined: false });
  });

  it("gives someone with no division no board", () => {
    expect(chooseBoardScope({ id: 4, role: "COUNTER", divisionIds: [] }, divisions, "all")).toBeNull();
  });
});
