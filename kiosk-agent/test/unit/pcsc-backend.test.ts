import { afterEach, describe, expect, it } from "vitest";
import { PcscBackend } from "../../src/pcsc/pcsc-backend.js";
import { SCARD } from "../../src/pcsc/binding.js";
import { readFromReader } from "../../src/agent/read-from-reader.js";
import { CardError } from "../../src/card/errors.js";
import { VirtualThaiIdCard } from "../../src/virtual/virtual-card.js";
import { loadSampleCard } from "../../src/virtual/sample-cards.js";
import { FakePcsc, FakeReader } from "../helpers/fake-pcsc.js";
import { EXPECTED } from "../helpers/expected.js";

const card = (name = "ko-resident") => new VirtualThaiIdCard(loadSampleCard(name).image);
const tick = (ms = 5) => new Promise((resolve) => setTimeout(resolve, ms));
const backends: PcscBackend[] = [];

async function started(pcsc: FakePcsc) {
  const backend = new PcscBackend({ factory: pcsc.factory, retryMs: 20, settleMs: 10 });
  backends.push(backend);
  const events: string[] = [];
  backend.on("card-inserted", (reader) => events.push(`inserted ${reader}`));
  backend.on("card-removed", (reader) => events.push(`removed ${reader}`));
  backend.on("service", (available) => events.push(`service ${available}`));
  await backend.start();
  return { backend, events };
}

async function until(condition: () => boolean, ms = 1000) {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("condition not reached");
    await tick();
  }
}

afterEach(async () => {
  await Promise.all(backends.splice(0).map((backend) => backend.stop()));
});

describe("PcscBackend", () => {
  it("lists readers and reports insertion and removal", async () => {
    const pcsc = new FakePcsc();
    const a = new FakeReader("Reader A");
    pcsc.plug(a);
    const { backend, events } = await started(pcsc);
    await until(() => backend.readers().length === 1);
    a.insert(card());
    await until(() => backend.readers()[0]?.cardPresent === true);
    expect(backend.readers()[0]).toMatchObject({ name: "Reader A", cardPresent: true, atr: "3B6800005448204E49442036" });
    a.remove();
    await until(() => backend.readers()[0]?.cardPresent === false);
    expect(events).toEqual(["service true", "inserted Reader A", "removed Reader A"]);
  });

  it("sees a card swapped between two polls as removed then inserted", async () => {
    const pcsc = new FakePcsc();
    const a = new FakeReader("Reader A");
    pcsc.plug(a);
    const { events } = await started(pcsc);
    a.insert(card());
    a.swap(card("elderly"));
    await tick();
    expect(events.slice(1)).toEqual(["inserted Reader A", "removed Reader A", "inserted Reader A"]);
  });

  it("connects SHARED with a 258-byte response buffer and leaves the card on disconnect", async () => {
    const pcsc = new FakePcsc();
    const a = new FakeReader("Reader A");
    pcsc.plug(a);
    const { backend } = await started(pcsc);
    a.insert(card());
    await until(() => backend.readers()[0]?.cardPresent === true);
    const read = await readFromReader({ backend, reader: "Reader A" });
    expect(read).toMatchObject({ ...EXPECTED["ko-resident"], meta: { reader: "Reader A", apdus: 7 } });
    expect(a.connects).toEqual([{ share_mode: SCARD.SHARE_SHARED, protocol: SCARD.PROTOCOL_T0 | SCARD.PROTOCOL_T1 }]);
    expect(new Set(a.responseLengths)).toEqual(new Set([258]));
    expect(a.dispositions).toEqual([SCARD.LEAVE_CARD]);
  });

  it("retries a sharing violation and recovers from a failed disconnect", async () => {
    const pcsc = new FakePcsc();
    const a = new FakeReader("Reader A");
    pcsc.plug(a);
    const { backend } = await started(pcsc);
    a.insert(card());
    await until(() => backend.readers()[0]?.cardPresent === true);
    a.failConnect = [new Error("SCardConnect error: Sharing violation.(0x8010000b)")];
    a.failDisconnect = true;
    await readFromReader({ backend, reader: "Reader A" });
    expect(a.connects.length).toBe(2);
    expect(a.connected).toBe(false); // the next connect must open a fresh handle
    a.failDisconnect = false;
    await readFromReader({ backend, reader: "Reader A" });
  });

  it("reports a card pulled mid-read as card-removed, with no data", async () => {
    const pcsc = new FakePcsc();
    const a = new FakeReader("Reader A");
    pcsc.plug(a);
    const { backend } = await started(pcsc);
    const c = card();
    a.insert(c);
    await until(() => backend.readers()[0]?.cardPresent === true);
    const original = c.transmit.bind(c);
    let count = 0;
    c.transmit = (apdu: Buffer) => {
      if (++count === 4) a.remove();
      return original(apdu);
    };
    const error = await readFromReader({ backend, reader: "Reader A", photo: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CardError);
    expect((error as CardError).code).toBe("card-removed");
  });

  it("survives a reader unplugged and plugged back without a restart", async () => {
    const pcsc = new FakePcsc();
    const a = new FakeReader("Reader A");
    pcsc.plug(a);
    const { backend, events } = await started(pcsc);
    a.insert(card());
    await until(() => backend.readers()[0]?.cardPresent === true);
    pcsc.unplug(a);
    await until(() => backend.readers().length === 0);
    expect(events).toContain("removed Reader A");
    const again = new FakeReader("Reader A");
    pcsc.plug(again);
    await until(() => backend.readers().length === 1);
    again.insert(card("bangkok"));
    await until(() => backend.readers()[0]?.cardPresent === true);
    expect((await readFromReader({ backend, reader: "Reader A" })).citizenId).toBe(EXPECTED.bangkok.citizenId);
  });

  it("recovers when pcscd goes away and comes back", async () => {
    const pcsc = new FakePcsc();
    const a = new FakeReader("Reader A");
    pcsc.plug(a);
    const { backend, events } = await started(pcsc);
    a.insert(card());
    await until(() => backend.readers()[0]?.cardPresent === true);
    pcsc.kill();
    await until(() => !backend.serviceAvailable);
    expect(backend.readers()).toEqual([]);
    expect(events).toContain("removed Reader A");
    await tick(60); // several failed reconnect attempts
    const b = new FakeReader("Reader A");
    b.card = card("elderly");
    pcsc.readers = [b];
    pcsc.running = true;
    await until(() => backend.serviceAvailable && backend.readers().length === 1);
    b.insert(card("elderly"));
    await until(() => backend.readers()[0]?.cardPresent === true);
    expect((await readFromReader({ backend, reader: "Reader A" })).birthDate).toBe("1937");
    expect(pcsc.contexts).toBe(2);
    expect(events.filter((e) => e.startsWith("service"))).toEqual(["service true", "service false", "service true"]);
  });

  it("starts without pcscd and connects once it appears", async () => {
    const pcsc = new FakePcsc();
    pcsc.running = false;
    const { backend } = await started(pcsc);
    expect(backend.serviceAvailable).toBe(false);
    pcsc.running = true;
    pcsc.plug(new FakeReader("Late Reader"));
    await until(() => backend.readers().length === 1);
  });

  it("stops cleanly: no retries after stop, readers closed", async () => {
    const pcsc = new FakePcsc();
    const a = new FakeReader("Reader A");
    pcsc.plug(a);
    const { backend } = await started(pcsc);
    await until(() => backend.readers().length === 1);
    await backend.stop();
    expect(a.closed).toBe(true);
    pcsc.kill();
    pcsc.running = true;
    await tick(60);
    expect(pcsc.contexts).toBe(1);
  });
});
