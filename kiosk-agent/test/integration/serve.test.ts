import { connect } from "node:net";
import { networkInterfaces } from "node:os";
import { existsSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAttestation } from "../../src/attestation/index.js";
import { EXPECTED } from "../helpers/expected.js";
import { readdirSync } from "node:fs";
import { CONFIG_DIR, CliProcess, runCli, simulate } from "./harness/cli.js";
import { Pcscd, READER_0, TOOLS } from "./harness/pcscd.js";
import { PageClient } from "./harness/ws-client.js";

const ORIGIN = "http://kiosk.test:3000";
const NONCE = "nonce-serve-test-0001";
const pcscd = new Pcscd();
let serve: CliProcess;
let url = "";
let port = 0;
let publicKey = "";
let deviceId = "";

function tcpRefused(host: string, targetPort: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port: targetPort });
    socket.setTimeout(2000);
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(true));
    socket.once("timeout", () => {
      socket.destroy();
      resolve(true);
    });
  });
}

describe.skipIf(!TOOLS.ok)("serve: the WebSocket API", () => {
  beforeAll(async () => {
    await pcscd.ensure();
    const identity = JSON.parse((await runCli(["identity", "--json"])).stdout) as { deviceId: string; publicKey: string };
    ({ deviceId, publicKey } = identity);
    serve = new CliProcess(["serve", "--port", "0", "--allow-origin", ORIGIN, "--reader", "pcsc"]);
    const match = await serve.waitFor(/listening on (ws:\/\/127\.0\.0\.1:(\d+))/);
    url = match[1]!;
    port = Number(match[2]);
  });

  afterAll(async () => {
    try {
      expect(await serve?.stop()).toBe(0);
    } finally {
      await pcscd.release();
    }
  });

  it("greets an allowed page with hello and the readers", async () => {
    const page = await PageClient.connect(url, ORIGIN);
    try {
      expect(await page.next("hello")).toMatchObject({ type: "hello", protocol: 1, mode: "pcsc", deviceId, agentVersion: "0.1.0" });
      const readers = await page.next("readers");
      expect(readers.service).toBe("available");
      expect(readers.readers.map((r) => r.name)).toContain(READER_0);
    } finally {
      page.close();
    }
  });

  it("refuses other origins and missing origins at the handshake with 403", async () => {
    for (const origin of ["http://evil.example", "http://kiosk.test:3000.evil.example", "http://kiosk.test:3001", "null", undefined]) {
      const error = await PageClient.connect(url, origin).then(() => undefined, (e: { status?: number }) => e);
      expect(error?.status, String(origin)).toBe(403);
    }
  });

  it("listens on 127.0.0.1 only", async () => {
    const others = Object.values(networkInterfaces()).flat().filter((address) => address !== undefined && !address.internal);
    for (const address of others) expect(await tcpRefused(address!.address, port), address!.address).toBe(true);
    expect(await tcpRefused("::1", port)).toBe(true);
    expect(await tcpRefused("127.0.0.1", port)).toBe(false);
    if (existsSync("/proc/net/tcp")) {
      const listening = readFileSync("/proc/net/tcp", "utf8").split("\n").filter((line) => line.includes(`:${port.toString(16).toUpperCase().padStart(4, "0")} `) && / 0A /.test(line));
      expect(listening.length).toBe(1);
      expect(listening[0]).toContain(`0100007F:${port.toString(16).toUpperCase().padStart(4, "0")}`);
    }
  });

  it("reads a card for a page that asked first, signed, then reports removal", async () => {
    const page = await PageClient.connect(url, ORIGIN);
    const bystander = await PageClient.connect(url, ORIGIN);
    try {
      await page.next("hello");
      page.send({ type: "read", nonce: NONCE });
      const card = await simulate(["--card", "tone-marks"]);
      const inserted = await page.next("card-inserted");
      expect(inserted.reader).toBe(READER_0);
      const read = await page.next("card-read");
      const { meta, ...data } = read.data;
      expect(data).toEqual(EXPECTED["tone-marks"]);
      expect(meta.apdus).toBe(7);
      expect(read.attestation).toMatchObject({ version: 1, nonce: NONCE, deviceId });
      expect(verifyAttestation({ publicKey, data: read.data, attestation: read.attestation })).toEqual({ ok: true, errors: [] });
      await card.stop();
      expect((await page.next("card-removed")).reader).toBe(READER_0);
      await bystander.next("card-removed");
      expect(bystander.of("card-read")).toEqual([]);
      expect(bystander.of("card-inserted").length).toBe(1);
    } finally {
      page.close();
      bystander.close();
    }
  });

  it("reads a card already in the reader when the page asks, with the photo if asked", async () => {
    const card = await simulate();
    const page = await PageClient.connect(url, ORIGIN);
    try {
      await page.next("hello");
      await page.next("readers", (m) => m.readers.some((r) => r.cardPresent));
      page.send({ type: "read", nonce: NONCE, photo: true });
      const read = await page.next("card-read");
      expect(read.data.citizenId).toBe("1101700207030");
      expect(read.data.photo?.length).toBeGreaterThan(1000);
      expect(read.data.meta.apdus).toBeLessThanOrEqual(50);
      expect(verifyAttestation({ publicKey, data: read.data, attestation: read.attestation }).ok).toBe(true);
    } finally {
      page.close();
      await card.stop();
    }
  });

  it("a card pulled mid-read gives an error and never data", async () => {
    const page = await PageClient.connect(url, ORIGIN);
    try {
      await page.next("hello");
      // The last test's card may still look present until pcscd's next poll; a read asked
      // for now would fail on that stale card and the new one would never be read.
      await page.next("readers", (m) => m.readers.every((r) => !r.cardPresent));
      page.send({ type: "read", nonce: NONCE, photo: true });
      const card = await simulate(["--remove-after-apdus", "11"]);
      const error = await page.next("error");
      expect(error).toMatchObject({ code: "card-removed", reader: READER_0 });
      await card.exit();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(page.of("card-read")).toEqual([]);
    } finally {
      page.close();
    }
  });

  it("refuses virtual commands in PC/SC mode and malformed messages", async () => {
    const page = await PageClient.connect(url, ORIGIN);
    try {
      await page.next("hello");
      page.send({ type: "virtual-insert" });
      expect((await page.next("error")).code).toBe("not-virtual");
      page.ws.send("not json");
      expect((await page.next("error")).code).toBe("bad-request");
    } finally {
      page.close();
    }
  });

  it("never logs card data and writes nothing but its key to disk", () => {
    const logs = serve.stdout + serve.stderr;
    expect(logs).toMatch(/card read/); // it did log the reads...
    for (const secret of ["1101700207030", "3500100122451", "สมชาย", "ปิ่นแก้ว", "Somchai", "ก้อ"]) expect(logs).not.toContain(secret);
    expect(readdirSync(CONFIG_DIR)).toEqual(["device-key.pem"]);
  });
});

describe("serve --reader virtual", () => {
  it("offers the demo card to the page and reads it", async () => {
    const agent = new CliProcess(["serve", "--port", "0", "--allow-origin", ORIGIN, "--reader", "virtual"]);
    try {
      const match = await agent.waitFor(/listening on (ws:\S+) \(mode virtual/);
      const page = await PageClient.connect(match[1]!, ORIGIN);
      const hello = await page.next("hello");
      expect(hello.mode).toBe("virtual");
      expect(hello.virtualCards).toEqual(["bangkok", "elderly", "ko-resident", "long-address", "tone-marks"]);
      page.send({ type: "read", nonce: NONCE });
      page.send({ type: "virtual-insert", card: "bangkok" });
      await page.next("card-inserted");
      const read = await page.next("card-read");
      expect(read.data.address.province).toBe("กรุงเทพมหานคร");
      page.send({ type: "virtual-remove" });
      await page.next("card-removed");
      page.close();
    } finally {
      expect(await agent.stop()).toBe(0);
    }
  });
});
