import { describe, expect, it } from "vitest";
import { T0Session } from "../../src/card/t0.js";
import { CardError } from "../../src/card/errors.js";
import { readSpan } from "../../src/card/read-card.js";

/** A scripted card: each call answers with the next response and records the command. */
function scripted(responses: string[]) {
  const sent: string[] = [];
  const transmit = async (apdu: Buffer) => {
    sent.push(apdu.toString("hex").toUpperCase());
    const next = responses.shift();
    if (next === undefined) throw new Error("script exhausted");
    return Buffer.from(next, "hex");
  };
  return { transmit, sent };
}

const data = (length: number) => "AB".repeat(length);

describe("T=0 GET RESPONSE handling", () => {
  it("fetches 61 xx with 00 C0 00 00 xx", async () => {
    const { transmit, sent } = scripted(["6104", data(4) + "9000"]);
    const bytes = await readSpan(new T0Session(transmit, 0, 10), { offset: 0x10, length: 4 });
    expect(bytes.toString("hex")).toBe("abababab");
    expect(sent).toEqual(["80B000100200" + "04", "00C0000004"]);
  });

  it("uses 00 C0 00 01 for the 3B 67 variant", async () => {
    const { transmit, sent } = scripted(["6104", data(4) + "9000"]);
    await readSpan(new T0Session(transmit, 1, 10), { offset: 0, length: 4 });
    expect(sent[1]).toBe("00C0000104");
  });

  it("retries the other variant on 6A 86 and on 6D 00, once", async () => {
    for (const refusal of ["6A86", "6D00"]) {
      const { transmit, sent } = scripted(["6104", refusal, data(4) + "9000"]);
      await readSpan(new T0Session(transmit, 0, 10), { offset: 0, length: 4 });
      expect(sent.slice(1)).toEqual(["00C0000004", "00C0000104"]);
    }
    const { transmit } = scripted(["6104", "6A86", "6A86"]);
    await expect(readSpan(new T0Session(transmit, 0, 10), { offset: 0, length: 4 })).rejects.toMatchObject({ code: "unreadable" });
  });

  it("resends with Le = xx on 6C xx", async () => {
    const { transmit, sent } = scripted(["6100", "6C04", data(4) + "9000"]);
    const bytes = await readSpan(new T0Session(transmit, 0, 10), { offset: 0, length: 4 });
    expect(bytes.length).toBe(4);
    expect(sent.slice(1)).toEqual(["00C0000000", "00C0000004"]);
  });

  it("follows chained 61 xx answers", async () => {
    const { transmit } = scripted(["6106", data(4) + "6102", data(2) + "9000"]);
    expect((await readSpan(new T0Session(transmit, 0, 10), { offset: 0, length: 6 })).length).toBe(6);
  });

  it("accepts data answered directly with 90 00 (T=1 style)", async () => {
    const { transmit } = scripted([data(4) + "9000"]);
    expect((await readSpan(new T0Session(transmit, 0, 10), { offset: 0, length: 4 })).length).toBe(4);
  });

  it("rejects short data, long data and wrong status words", async () => {
    for (const script of [["6104", data(3) + "9000"], ["6104", data(5) + "9000"], ["6F00"], ["6104", "6F00"], ["61"], [""]]) {
      const { transmit } = scripted([...script]);
      const error = await readSpan(new T0Session(transmit, 0, 10), { offset: 0, length: 4 }).catch((e: unknown) => e);
      expect(error, script.join(",")).toBeInstanceOf(CardError);
      expect((error as CardError).code).toBe("unreadable");
    }
  });

  it("counts every command APDU and enforces the budget", async () => {
    const { transmit } = scripted(["6104", "6C04", data(4) + "9000"]);
    const session = new T0Session(transmit, 0, 2);
    await expect(readSpan(session, { offset: 0, length: 4 })).rejects.toMatchObject({ code: "unreadable" });
    expect(session.apdus).toBe(2);
  });

  it("wraps transmit failures as CardErrors, keeping the retryable flag", async () => {
    const session = new T0Session(async () => {
      throw Object.assign(new Error("reset"), { code: "card-reset", retryable: true });
    }, 0, 10);
    await expect(session.send(Buffer.from([0]))).rejects.toMatchObject({ code: "transmit-failed", retryable: true });
  });
});
