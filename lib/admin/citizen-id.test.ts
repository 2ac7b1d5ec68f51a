import { describe, expect, it } from "vitest";
import { normalizeCitizenId } from "./citizen-id";

describe("normalizeCitizenId", () => {
  it("accepts a valid ID typed with dashes or spaces", () => {
    expect(normalizeCitizenId("1-1017-00207-03-0")).toEqual({ ok: true, citizenId: "1101700207030" });
    expect(normalizeCitizenId(" 1101700207030 ")).toEqual({ ok: true, citizenId: "1101700207030" });
  });

  it("refuses anything but 13 digits", () => {
    expect(normalizeCitizenId("110170020703")).toEqual({ ok: false, code: "citizenIdFormat" });
    expect(normalizeCitizenId("11017002070301")).toEqual({ ok: false, code: "citizenIdFormat" });
    expect(normalizeCitizenId("11017OO207030")).toEqual({ ok: false, code: "citizenIdFormat" });
  });

  it("refuses a typo caught by the check digit", () => {
    expect(normalizeCitizenId("1101700207031")).toEqual({ ok: false, code: "citizenIdChecksum" });
    expect(normalizeCitizenId("1101700207130")).toEqual({ ok: false, code: "citizenIdChecksum" });
  });
});
