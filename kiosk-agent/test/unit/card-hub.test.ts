import { generateKeyPairSync } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { CardHub, type HubClient } from "../../src/server/card-hub.js";
import type { ServerMessage } from "../../src/server/protocol.js";
import { VirtualBackend, VIRTUAL_READER_NAME } from "../../src/virtual/virtual-backend.js";
import { PcscBackend } from "../../src/pcsc/pcsc-backend.js";
import { deviceIdFromPublicKey, publicKeyToBase64, verifyAttestation } from "../../src/attestation/index.js";
import { silentLogger } from "../../src/logger.js";
import { EXPECTED } from "../helpers/expected.js";
import { FakePcsc, FakeReader } from "../helpers/fake-pcsc.js";
import { VirtualThaiIdCard } from "../../src/virtual/virtual-card.js";
import { loadSampleCard } from "../../src/virtual/sample-cards.js";

const NONCE_A = "nonce-a-0123456789abcdef";
const NONCE_B = "nonce-b-0123456789abcdef";
const hubs: CardHub[] = [];

class Page implements HubClient {
  readonly received: ServerMessage[] = [];
  send(message: ServerMessage): void {
    this.received.push(JSON.parse(JSON.stringify(message)) as ServerMessage);
  }
  of<T extends ServerMessage["type"]>(type: T): Extract<ServerMessage, { type: T }>[] {
    return this.received.filter((m): m is Extract<ServerMessage, { type: T }> => m.type === type);
  }
}

function setup(backend = new VirtualBackend()) {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  const deviceId = deviceIdFromPublicKey(publicKey);
  const virtual = backend instanceof VirtualBackend ? backend : undefined;
  const hub = new CardHub({ backend, virtual, deviceId, privateKey, logger: silentLogger });
  hubs.push(hub);
  return { hub, backend, publicKey: publicKeyToBase64(publicKey), deviceId };
}

async function until(condition: () => boolean, ms = 2000) {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("condition not reached");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

afterEach(async () => {
  await Promise.all(hubs.splice(0).map((hub) => hub.close()));
});

describe("CardHub", () => {
  it("greets a page with hello and the reader state", () => {
    const { hub, deviceId } = setup();
    const page = new Page();
    hub.addClient(page);
    expect(page.received[0]).toMatchObject({ type: "hello", protocol: 1, deviceId, mode: "virtual" });
    expect(page.of("hello")[0]?.virtualCards).toContain("ko-resident");
    expect(page.received[1]).toEqual({ type: "readers", service: "available", readers: [{ name: VIRTUAL_READER_NAME, cardPresent: false }] });
  });

  it("reads as soon as a card arrives after a read request, signed for that nonce", async () => {
    const { hub, backend, publicKey } = setup();
    const page = new Page();
    hub.addClient(page);
    hub.handle(page, JSON.stringify({ type: "read", nonce: NONCE_A }));
    hub.handle(page, JSON.stringify({ type: "virtual-insert" }));
    await until(() => page.of("card-read").length === 1);
    const read = page.of("card-read")[0]!;
    const { meta, photo, ...data } = read.data;
    expect(data).toEqual(EXPECTED["ko-resident"]);
    expect(photo).toBeUndefined();
    expect(meta.apdus).toBe(7);
    expect(read.attestation.nonce).toBe(NONCE_A);
    // The built-in virtual reader holds only the demo card, and the signed read says so.
    expect(read.attestation.source).toBe("virtual");
    expect(verifyAttestation({ publicKey, data: read.data, attestation: read.attestation }).ok).toBe(true);
    const types = page.received.map((m) => m.type);
    expect(types.indexOf("card-inserted")).toBeLessThan(types.indexOf("card-read"));
    expect(backend.cardPresent).toBe(true);
  });

  it("reads a card already present when the request comes", async () => {
    const { hub, backend } = setup();
    backend.insert("elderly");
    const page = new Page();
    hub.addClient(page);
    hub.handle(page, JSON.stringify({ type: "read", nonce: NONCE_A, photo: true }));
    await until(() => page.of("card-read").length === 1);
    const data = page.of("card-read")[0]!.data;
    expect(data.expiryDate).toBeNull();
    expect(data.photo?.startsWith("/9j/")).toBe(true); // base64 of FF D8 FF
  });

  it("sends card data only to the pages that asked, photo only to those who wanted it", async () => {
    const { hub, backend } = setup();
    const asker = new Page();
    const other = new Page();
    const photoAsker = new Page();
    for (const page of [asker, other, photoAsker]) hub.addClient(page);
    hub.handle(asker, JSON.stringify({ type: "read", nonce: NONCE_A }));
    hub.handle(photoAsker, JSON.stringify({ type: "read", nonce: NONCE_B, photo: true }));
    backend.insert();
    await until(() => asker.of("card-read").length === 1 && photoAsker.of("card-read").length === 1);
    expect(other.of("card-inserted").length).toBe(1);
    expect(other.of("card-read").length).toBe(0);
    expect(JSON.stringify(other.received)).not.toContain("1101700207030");
    expect(asker.of("card-read")[0]!.data.photo).toBeUndefined();
    expect(photoAsker.of("card-read")[0]!.data.photo).toBeTruthy();
    expect(photoAsker.of("card-read")[0]!.attestation.nonce).toBe(NONCE_B);
  });

  it("consumes a request: the next card needs a new read", async () => {
    const { hub, backend } = setup();
    const page = new Page();
    hub.addClient(page);
    hub.handle(page, JSON.stringify({ type: "read", nonce: NONCE_A }));
    backend.insert();
    await until(() => page.of("card-read").length === 1);
    backend.remove();
    backend.insert("bangkok");
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(page.of("card-read").length).toBe(1);
    expect(page.of("card-removed").length).toBe(1);
  });

  it("cancels a pending read", async () => {
    const { hub, backend } = setup();
    const page = new Page();
    hub.addClient(page);
    hub.handle(page, JSON.stringify({ type: "read", nonce: NONCE_A }));
    hub.handle(page, JSON.stringify({ type: "cancel" }));
    backend.insert();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(page.of("card-read").length).toBe(0);
  });

  it("turns a card pulled mid-read into a card-removed error and never sends partial data", async () => {
    const { hub, backend } = setup();
    const page = new Page();
    hub.addClient(page);
    hub.handle(page, JSON.stringify({ type: "read", nonce: NONCE_A, photo: true }));
    backend.insert("ko-resident", { removeAfterApdus: 12 });
    await until(() => page.of("error").length === 1);
    expect(page.of("error")[0]).toMatchObject({ code: "card-removed", reader: VIRTUAL_READER_NAME });
    expect(page.of("card-read").length).toBe(0);
    // The request stays: the resident re-inserts the card and the read completes.
    backend.insert();
    await until(() => page.of("card-read").length === 1);
  });

  it("does not re-read a bad card in a loop", async () => {
    const { hub, backend } = setup();
    const page = new Page();
    hub.addClient(page);
    hub.handle(page, JSON.stringify({ type: "read", nonce: NONCE_A }));
    backend.insert("ko-resident", { fault: "not-thai" });
    await until(() => page.of("error").length === 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(page.of("error")).toEqual([{ type: "error", code: "not-thai-id", message: expect.stringMatching(/not a Thai/), reader: VIRTUAL_READER_NAME }]);
  });

  it("validates messages", () => {
    const { hub } = setup();
    const page = new Page();
    hub.addClient(page);
    for (const raw of ["nope", "[]", "{}", '{"type":"read"}', '{"type":"read","nonce":"short"}', '{"type":"read","nonce":"nonce-a-0123456789abcdef","photo":"yes"}', '{"type":"virtual-insert","card":"../../etc/passwd"}']) {
      hub.handle(page, raw);
    }
    expect(page.of("error").map((e) => e.code)).toEqual(["bad-request", "bad-request", "bad-request", "bad-request", "bad-request", "bad-request", "unknown-card"]);
  });

  it("refuses virtual commands when running on PC/SC", async () => {
    const pcsc = new FakePcsc();
    const backend = new PcscBackend({ factory: pcsc.factory, settleMs: 5 });
    await backend.start();
    const { hub } = setup(backend as unknown as VirtualBackend);
    const page = new Page();
    hub.addClient(page);
    hub.handle(page, JSON.stringify({ type: "virtual-insert" }));
    expect(page.of("error")[0]?.code).toBe("not-virtual");
    expect(page.of("hello")[0]?.mode).toBe("pcsc");
    expect(page.of("hello")[0]?.virtualCards).toBeUndefined();
    await backend.stop();
  });

  it('"auto" leaves out empty vpcd readers, so the kiosk says no reader rather than ready', async () => {
    const pcsc = new FakePcsc();
    const vpcd = new FakeReader("Virtual PCD 00 00");
    pcsc.plug(vpcd);
    const backend = new PcscBackend({ factory: pcsc.factory, settleMs: 5 });
    await backend.start();
    const { privateKey, publicKey } = generateKeyPairSync("ed25519");
    const hub = new CardHub({ backend, virtual: undefined, deviceId: deviceIdFromPublicKey(publicKey), privateKey, logger: silentLogger, hideEmptyVirtualPcd: true });
    hubs.push(hub);
    const page = new Page();
    hub.addClient(page);
    expect(page.of("readers")[0]?.readers).toEqual([]);
    vpcd.insert(new VirtualThaiIdCard(loadSampleCard().image));
    await until(() => page.of("readers").some((m) => m.readers.length === 1));
    await hub.close();
    await backend.stop();
  });

  it("serves only the configured reader when started with a reader name", async () => {
    const pcsc = new FakePcsc();
    const a = new FakeReader("Reader A");
    const b = new FakeReader("Reader B");
    pcsc.plug(a);
    pcsc.plug(b);
    const backend = new PcscBackend({ factory: pcsc.factory, settleMs: 5 });
    await backend.start();
    const { privateKey, publicKey } = generateKeyPairSync("ed25519");
    const hub = new CardHub({ backend, virtual: undefined, deviceId: deviceIdFromPublicKey(publicKey), privateKey, logger: silentLogger, onlyReader: "Reader B" });
    hubs.push(hub);
    const page = new Page();
    hub.addClient(page);
    expect(page.of("readers")[0]?.readers).toEqual([{ name: "Reader B", cardPresent: false }]);
    hub.handle(page, JSON.stringify({ type: "read", nonce: NONCE_A }));
    a.insert(new VirtualThaiIdCard(loadSampleCard().image));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(page.of("card-inserted")).toEqual([]);
    expect(page.of("card-read")).toEqual([]);
    b.insert(new VirtualThaiIdCard(loadSampleCard("bangkok").image));
    await until(() => page.of("card-read").length === 1);
    expect(page.of("card-read")[0]).toMatchObject({ reader: "Reader B", data: { citizenId: EXPECTED.bangkok.citizenId } });
    expect(page.of("card-read")[0]!.attestation.source).toBeUndefined();
    await hub.close();
    await backend.stop();
  });
});
