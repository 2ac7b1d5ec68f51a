import { describe, expect, it } from "vitest";
import { cardForServer, looksLikeCardData, readFilingOutcome } from "./filing-body";

const card = {
  citizenId: "1101700207030",
  nameTh: { prefix: "นาย", first: "สมชาย", middle: "", last: "ใจดี" },
  nameEn: { prefix: "Mr.", first: "Somchai", middle: "", last: "Jaidee" },
  birthDate: "1980-01-15",
  gender: "male",
  address: { houseNo: "99/1", moo: "3", lane: "", road: "", subdistrict: "ก้อ", district: "ลี้", province: "ลำพูน", text: "99/1 หมู่ที่ 3" },
  issuer: "อำเภอลี้/ลำพูน",
  issueDate: "2022-01-10",
  expiryDate: null,
};

const receipt = {
  reference: "KO-2570-000042",
  trackingUrl: "http://127.0.0.1/track/abc",
  qrSvg: "<svg/>",
  queueTicket: "C-014",
  dueDate: "2027-01-15",
  workingDays: 15,
  service: { th: "ก", en: "A" },
  division: { th: "ข", en: "B" },
  maskedName: { th: "นาย ส**** ใ***", en: "Mr. S****** J*****" },
  filedAt: "2027-01-01T02:00:00.000Z",
};

describe("cardForServer", () => {
  it("drops the photo and meta and keeps every other field as the agent sent it", () => {
    const sent = cardForServer({ ...card, photo: "/9j/", meta: { reader: "R", apdus: 7 } });
    expect(sent).toEqual(card);
    expect(Object.keys(sent)).toEqual(Object.keys(card));
  });
});

describe("looksLikeCardData", () => {
  it("accepts agent data and refuses anything else", () => {
    expect(looksLikeCardData(card)).toBe(true);
    expect(looksLikeCardData({ ...card, citizenId: "123" })).toBe(false);
    expect(looksLikeCardData(null)).toBe(false);
  });
});

describe("readFilingOutcome", () => {
  it("reads a receipt", () => {
    expect(readFilingOutcome(201, receipt)).toEqual({ kind: "filed", receipt });
  });
  it("reads field errors", () => {
    expect(readFilingOutcome(422, { error: { code: "invalid_answers", fields: { contactPhone: { code: "invalidPhone" } } } })).toEqual({
      kind: "invalid",
      fields: { contactPhone: { code: "invalidPhone" } },
    });
  });
  it("says which refusals are worth sending again", () => {
    expect(readFilingOutcome(403, { error: { code: "nonce_invalid" } })).toEqual({ kind: "refused", code: "nonce_invalid", retry: false });
    expect(readFilingOutcome(429, { error: { code: "rate_limited" } })).toEqual({ kind: "refused", code: "rate_limited", retry: true });
    expect(readFilingOutcome(503, "<html>")).toEqual({ kind: "refused", code: "server_error", retry: true });
    expect(readFilingOutcome(200, { nonsense: true })).toEqual({ kind: "refused", code: "server_error", retry: false });
  });
});
