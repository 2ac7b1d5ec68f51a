import { generateKeyPairSync } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { createBackend, type CreatedBackend } from "../../src/agent/create-backend.js";
import { deviceIdFromPublicKey, publicKeyToBase64, signAttestation, verifyAttestation } from "../../src/attestation/index.js";
import { VirtualThaiIdCard } from "../../src/virtual/virtual-card.js";
import { loadSampleCard } from "../../src/virtual/sample-cards.js";
import { FakePcsc, FakeReader } from "../helpers/fake-pcsc.js";
import { EXPECTED } from "../helpers/expected.js";

const NONCE = "n0nce-AbCdEfGh_123456";
const data = EXPECTED["ko-resident"];
const created: CreatedBackend[] = [];

afterEach(async () => {
  await Promise.all(created.splice(0).map(({ backend }) => backend.stop()));
});

function device() {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  return { privateKey, publicKey: publicKeyToBase64(publicKey), deviceId: deviceIdFromPublicKey(publicKey) };
}

async function auto(pcsc: FakePcsc, demo?: boolean) {
  const result = await createBackend({ reader: "auto", pcscFactory: pcsc.factory, ...(demo === undefined ? {} : { demo }) });
  created.push(result);
  return result;
}

describe("a demo card's read is signed as one", () => {
  it("carries source virtual, and dropping or changing it breaks the signature", () => {
    const d = device();
    const attestation = signAttestation({ ...d, nonce: NONCE, data, source: "virtual" });
    expect(attestation.source).toBe("virtual");
    expect(verifyAttestation({ publicKey: d.publicKey, data, attestation }).ok).toBe(true);
    const { source: _source, ...stripped } = attestation;
    expect(verifyAttestation({ publicKey: d.publicKey, data, attestation: stripped }).errors).toEqual(["signature is invalid"]);
    expect(verifyAttestation({ publicKey: d.publicKey, data, attestation: { ...attestation, source: "chip" } }).ok).toBe(false);
  });

  it("cannot be upgraded: a real read's signature does not cover a source line", () => {
    const d = device();
    const real = signAttestation({ ...d, nonce: NONCE, data });
    expect(real).not.toHaveProperty("source");
    expect(verifyAttestation({ publicKey: d.publicKey, data, attestation: { ...real, source: "virtual" } }).ok).toBe(false);
  });
});

describe('reader "auto"', () => {
  it("prefers a hardware reader over empty vsmartcard-vpcd readers", async () => {
    const pcsc = new FakePcsc();
    pcsc.readers.push(new FakeReader("Virtual PCD 00 00"), new FakeReader("Virtual PCD 00 01"), new FakeReader("ACS ACR39U ICC Reader 00 00"));
    const { backend, virtual } = await auto(pcsc);
    expect(backend.mode).toBe("pcsc");
    expect(virtual).toBeUndefined();
  });

  it("treats only empty vpcd readers as no reader: the demo card, with a notice saying why", async () => {
    const pcsc = new FakePcsc();
    pcsc.readers.push(new FakeReader("Virtual PCD 00 00"), new FakeReader("Virtual PCD 00 01"));
    const { backend, virtual, notice } = await auto(pcsc);
    expect(backend.mode).toBe("virtual");
    expect(virtual).toBeDefined();
    expect(notice).toMatch(/vpcd/);
  });

  it("uses a vpcd reader that a simulator already holds a card in", async () => {
    const pcsc = new FakePcsc();
    const reader = new FakeReader("Virtual PCD 00 00");
    reader.card = new VirtualThaiIdCard(loadSampleCard("ko-resident").image);
    pcsc.readers.push(reader);
    expect((await auto(pcsc)).backend.mode).toBe("pcsc");
  });

  it("never falls back to the demo card when the demo is off: PC/SC with no reader", async () => {
    const pcsc = new FakePcsc();
    const { backend, virtual, notice } = await auto(pcsc, false);
    expect(backend.mode).toBe("pcsc");
    expect(virtual).toBeUndefined();
    expect(backend.readers()).toEqual([]);
    expect(notice).toMatch(/no PC\/SC reader/);
  });
});
