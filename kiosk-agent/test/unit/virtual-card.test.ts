import { describe, expect, it } from "vitest";
import { VirtualThaiIdCard } from "../../src/virtual/virtual-card.js";
import { loadSampleCard, sampleCardNames } from "../../src/virtual/sample-cards.js";
import { buildCardImage, CardFileError, parseCardFile } from "../../src/virtual/card-file.js";
import { isValidCitizenId } from "../../src/card/citizen-id.js";

const card = () => new VirtualThaiIdCard(loadSampleCard().image);
const send = (c: VirtualThaiIdCard, hex: string) => c.transmit(Buffer.from(hex, "hex")).toString("hex").toUpperCase();

describe("virtual Thai ID card", () => {
  it("answers like the reference: SELECT 61 xx, READ 61 LL, GET RESPONSE data + 90 00", () => {
    const c = card();
    expect(send(c, "00A4040008A000000054480001")).toMatch(/^61/);
    expect(send(c, "80B0000402000D")).toBe("610D");
    expect(send(c, "00C000000D")).toBe(Buffer.from("1101700207030").toString("hex").toUpperCase() + "9000");
  });

  it("answers 6C xx when Le is too large and chains 61 when too small", () => {
    const c = card();
    send(c, "00A4040008A000000054480001");
    send(c, "80B0000402000D");
    expect(send(c, "00C0000010")).toBe("6C0D");
    expect(send(c, "00C0000005")).toMatch(/6108$/);
    expect(send(c, "00C0000008")).toMatch(/9000$/);
  });

  it("refuses READ before SELECT and unknown applets", () => {
    const c = card();
    expect(send(c, "80B0000402000D")).toBe("6985");
    expect(send(c, "00A4040008A000000054480002")).toBe("6A82");
  });

  it("refuses reads past its memory", () => {
    const c = card();
    send(c, "00A4040008A000000054480001");
    expect(send(c, "80B0FFF00200FF")).toBe("6B00");
  });

  it("ships only sample cards whose citizen IDs pass the checksum", () => {
    expect(sampleCardNames()).toEqual(["bangkok", "elderly", "ko-resident", "long-address", "tone-marks"]);
    for (const name of sampleCardNames()) expect(isValidCitizenId(loadSampleCard(name).card.citizenId), name).toBe(true);
  });

  it("refuses card files that do not fit the chip", () => {
    const base = loadSampleCard().card;
    expect(() => buildCardImage(parseCardFile({ ...base, address: "ก".repeat(161) }))).toThrow(CardFileError);
    expect(() => buildCardImage(parseCardFile({ ...base, nameEn: "Zoë" }))).toThrow(CardFileError);
    expect(() => parseCardFile({ ...base, citizenId: 1101700207030 })).toThrow(CardFileError);
    expect(() => loadSampleCard("../package")).toThrow(CardFileError);
  });
});
