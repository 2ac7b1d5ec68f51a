import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readThaiIdCard } from "../../src/card/read-card.js";
import { CardError } from "../../src/card/errors.js";
import { FIELD, overlaps } from "../../src/card/layout.js";
import { ATR_VARIANT_1 } from "../../src/virtual/virtual-card.js";
import { EXPECTED, type SampleName } from "../helpers/expected.js";
import { customCard, virtualCard } from "../helpers/virtual.js";

const photoFile = (name: string) => readFileSync(new URL(`../../cards/photos/${name}.jpg`, import.meta.url));

describe("readThaiIdCard against the virtual card", () => {
  for (const name of Object.keys(EXPECTED) as SampleName[]) {
    it(`decodes the ${name} sample card in 7 APDUs`, async () => {
      const { card, transmit } = virtualCard(name);
      const { data, apdus } = await readThaiIdCard(transmit, { atr: card.atr });
      expect(data).toEqual(EXPECTED[name]);
      expect(apdus).toBe(7);
    });
  }

  it("returns the exact JPEG bytes, padding trimmed, within 50 APDUs", async () => {
    const { card, transmit } = virtualCard("ko-resident");
    const { data, apdus } = await readThaiIdCard(transmit, { atr: card.atr, photo: true });
    const photo = Buffer.from(data.photo ?? "", "base64");
    expect(photo.equals(photoFile("ko-resident"))).toBe(true);
    expect(photo.subarray(-2).toString("hex")).toBe("ffd9");
    expect(apdus).toBeLessThanOrEqual(50);
    // Stops at the end of the JPEG instead of reading all 5118 bytes.
    expect(apdus).toBe(7 + 2 * Math.ceil(photo.length / 255));
  });

  it("reads a photo filling the whole area in at most 49 APDUs", async () => {
    const jpeg = photoFile("ko-resident");
    // Pad with a COM segment so the picture fills 5118 bytes exactly (the worst case).
    const filler = FIELD.photo.length - jpeg.length - 4;
    const com = Buffer.concat([Buffer.from([0xff, 0xfe, (filler + 2) >> 8, (filler + 2) & 0xff]), Buffer.alloc(filler, 0x41)]);
    const big = Buffer.concat([jpeg.subarray(0, 2), com, jpeg.subarray(2)]);
    expect(big.length).toBe(FIELD.photo.length);
    const { card } = virtualCard();
    const image = (card as unknown as { image: Buffer }).image;
    big.copy(image, FIELD.photo.offset);
    const transmit = async (apdu: Buffer) => card.transmit(apdu);
    const { data, apdus } = await readThaiIdCard(transmit, { atr: card.atr, photo: true });
    expect(Buffer.from(data.photo ?? "", "base64").equals(big)).toBe(true);
    expect(apdus).toBe(7 + 2 * 21);
  });

  it("gives photo null when the card holds no JPEG, after one chunk", async () => {
    const { card, transmit } = customCard({});
    const { data, apdus } = await readThaiIdCard(transmit, { atr: card.atr, photo: true });
    expect(data.photo).toBeNull();
    expect(apdus).toBe(9);
  });

  it("never reads the 0x00E2 field, the card info or the under-photo number", async () => {
    const { card, transmit } = virtualCard("long-address");
    await readThaiIdCard(transmit, { atr: card.atr, photo: true });
    expect(card.readLog.length).toBeGreaterThan(3);
    for (const span of card.readLog) {
      expect(span.length).toBeLessThanOrEqual(0xff);
      expect(overlaps(span, FIELD.unclear)).toBe(false);
      expect(overlaps(span, FIELD.underPhoto)).toBe(false);
      expect(overlaps(span, { offset: 0, length: 4 })).toBe(false);
    }
  });

  it("uses 00 C0 00 01 for 3B 67 cards", async () => {
    const { card, transmit, sent } = virtualCard("ko-resident", { atrVariant: 1 });
    expect(card.atr.equals(ATR_VARIANT_1)).toBe(true);
    const { data } = await readThaiIdCard(transmit, { atr: card.atr });
    expect(data.citizenId).toBe("1101700207030");
    const getResponses = sent.filter((apdu) => apdu[1] === 0xc0);
    expect(getResponses.every((apdu) => apdu[3] === 0x01)).toBe(true);
  });

  it("switches GET RESPONSE variant on 6A 86 when the ATR misleads", async () => {
    const { card, transmit } = virtualCard("ko-resident", { fault: "swapped-variant" });
    const { data, apdus } = await readThaiIdCard(transmit, { atr: card.atr });
    expect(data).toEqual(EXPECTED["ko-resident"]);
    expect(apdus).toBe(8); // one refused GET RESPONSE, then the other variant sticks
  });

  it("resends GET RESPONSE with the Le of 6C xx", async () => {
    const { card, transmit, sent } = virtualCard("ko-resident", { fault: "sixty-one-zero" });
    const { data, apdus } = await readThaiIdCard(transmit, { atr: card.atr });
    expect(data).toEqual(EXPECTED["ko-resident"]);
    expect(apdus).toBe(10);
    expect(sent.some((apdu) => apdu[1] === 0xc0 && apdu[4] === 0x00)).toBe(true);
    expect(sent.some((apdu) => apdu[1] === 0xc0 && apdu[4] === 0xde)).toBe(true);
  });
});

describe("readThaiIdCard failures", () => {
  const failure = async (promise: Promise<unknown>) => {
    const error = await promise.then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(CardError);
    return error as CardError;
  };

  it("reports a non-Thai card clearly", async () => {
    const { card, transmit } = virtualCard("ko-resident", { fault: "not-thai" });
    const error = await failure(readThaiIdCard(transmit, { atr: card.atr }));
    expect(error.code).toBe("not-thai-id");
    expect(error.message).toMatch(/not a Thai national ID card/);
  });

  it("treats a bad checksum as an error, not data", async () => {
    const { card, transmit } = customCard({ citizenId: "1101700207031" });
    expect((await failure(readThaiIdCard(transmit, { atr: card.atr }))).code).toBe("invalid-citizen-id");
  });

  it("rejects a citizen ID that is not 13 digits", async () => {
    const { card, transmit } = customCard({ citizenId: "11017OO2O7O3O" });
    expect((await failure(readThaiIdCard(transmit, { atr: card.atr }))).code).toBe("unreadable");
  });

  for (const fault of ["short-data", "wrong-sw", "garbage"] as const) {
    it(`gives "unreadable" for ${fault} responses`, async () => {
      const { card, transmit } = virtualCard("ko-resident", { fault });
      const code = (await failure(readThaiIdCard(transmit, { atr: card.atr, photo: true }))).code;
      expect(["unreadable", "not-thai-id"]).toContain(code);
    });
  }

  it("maps a transmit that reports a pulled card to card-removed", async () => {
    const { card, transmit } = virtualCard();
    let count = 0;
    const pulling = async (apdu: Buffer) => {
      if (++count > 4) throw Object.assign(new Error("gone"), { code: "card-removed" });
      return transmit(apdu);
    };
    expect((await failure(readThaiIdCard(pulling, { atr: card.atr }))).code).toBe("card-removed");
  });

  it("stops at the APDU budget", async () => {
    let count = 0;
    // A card that keeps announcing more data forever.
    const endless = async () => {
      count++;
      return Buffer.from([0x61, 0x10]);
    };
    expect((await failure(readThaiIdCard(endless, { maxApdus: 30 }))).code).toBe("unreadable");
    expect(count).toBeLessThanOrEqual(30);
  });
});
