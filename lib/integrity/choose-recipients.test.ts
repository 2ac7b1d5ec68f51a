import { describe, expect, it } from "vitest";
import { chooseRecipients } from "./choose-recipients";

const all = [
  { id: 1, divisionId: 10 },
  { id: 2, divisionId: 20 },
  { id: 3, divisionId: null },
];

describe("choosing recipients", () => {
  it("takes everyone by default, less the excluded", () => {
    expect(chooseRecipients(all, {})).toEqual([1, 2, 3]);
    expect(chooseRecipients(all, { excluded: [2] })).toEqual([1, 3]);
  });
  it("never includes the accused division, even when chosen", () => {
    expect(chooseRecipients(all, { chosen: [1, 2], accusedDivisionId: 10 })).toEqual([2]);
    expect(chooseRecipients(all, { chosen: [1], accusedDivisionId: 10 })).toEqual([]);
  });
});
