import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXPECTED, type SampleName } from "../helpers/expected.js";
import { CONFIG_DIR, runCli, simulate } from "./harness/cli.js";
import { Pcscd, READER_0, READER_1, TOOLS, VPCD_PORT_1 } from "./harness/pcscd.js";

const pcscd = new Pcscd();
const photo = (name: string) => readFileSync(new URL(`../../cards/photos/${name}.jpg`, import.meta.url));

describe.skipIf(!TOOLS.ok)("CLI contract through pcscd + vpcd", () => {
  beforeAll(() => pcscd.ensure());
  afterAll(() => pcscd.release());

  it("readers: one reader name per line, exit 0", async () => {
    const result = await runCli(["readers"]);
    expect(result.code).toBe(0);
    expect(result.stdout.trimEnd().split("\n")).toEqual(expect.arrayContaining([READER_0, READER_1]));
    expect(result.stderr).toBe("");
  });

  it("read: exactly one JSON object, the issue's example, in 7 APDUs", async () => {
    const card = await simulate();
    try {
      const result = await runCli(["read", "--timeout", "5"]);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe("");
      expect(result.stdout.endsWith("\n")).toBe(true);
      expect(result.stdout.trim().split("\n")).toHaveLength(1);
      const json = JSON.parse(result.stdout) as Record<string, unknown> & { meta: Record<string, unknown> };
      expect(Object.keys(json)).toEqual(["citizenId", "nameTh", "nameEn", "birthDate", "gender", "address", "issuer", "issueDate", "expiryDate", "meta"]);
      const { meta, ...data } = json;
      expect(data).toEqual(EXPECTED["ko-resident"]);
      expect(meta).toEqual({ reader: READER_0, atr: "3B6800005448204E49442036", apdus: 7, ms: expect.any(Number) });
      expect(meta["ms"]).toBeGreaterThan(0);
    } finally {
      await card.stop();
    }
  });

  it("read --photo: the exact JPEG, padding trimmed, at most 50 APDUs", async () => {
    const card = await simulate(["--card", "ko-resident"]);
    try {
      const result = await runCli(["read", "--photo", "--timeout", "5"]);
      expect(result.code).toBe(0);
      const json = JSON.parse(result.stdout) as { photo: string; meta: { apdus: number } };
      expect(Buffer.from(json.photo, "base64").equals(photo("ko-resident"))).toBe(true);
      expect(json.meta.apdus).toBeLessThanOrEqual(50);
      expect(Object.keys(json).slice(-2)).toEqual(["photo", "meta"]);
    } finally {
      await card.stop();
    }
  });

  for (const name of ["bangkok", "long-address", "elderly", "tone-marks"] as SampleName[]) {
    it(`read: the ${name} sample card decodes exactly`, async () => {
      const card = await simulate(["--card", join(fileURLToDir(), `${name}.json`)]);
      try {
        const result = await runCli(["read", "--timeout", "5"]);
        expect(result.code).toBe(0);
        const { meta: _meta, ...data } = JSON.parse(result.stdout) as Record<string, unknown>;
        expect(data).toEqual(EXPECTED[name]);
      } finally {
        await card.stop();
      }
    });
  }

  it("read: a 3B 67 card (GET RESPONSE 00 C0 00 01) reads the same", async () => {
    const card = await simulate(["--atr-variant", "1"]);
    try {
      const result = await runCli(["read", "--timeout", "5"]);
      expect(result.code).toBe(0);
      const json = JSON.parse(result.stdout) as { citizenId: string; meta: { atr: string; apdus: number } };
      expect(json.meta.atr.startsWith("3B67")).toBe(true);
      expect(json.citizenId).toBe("1101700207030");
      expect(json.meta.apdus).toBe(7);
    } finally {
      await card.stop();
    }
  });

  it("two readers: reads the one with the card, or the one named", async () => {
    const card = await simulate(["--port", String(VPCD_PORT_1), "--card", "elderly"]);
    try {
      const auto = await runCli(["read", "--timeout", "5"]);
      expect(auto.code).toBe(0);
      expect(JSON.parse(auto.stdout)).toMatchObject({ citizenId: EXPECTED.elderly.citizenId, meta: { reader: READER_1 } });
      const named = await runCli(["read", "--reader", READER_1, "--timeout", "5"]);
      expect(named.code).toBe(0);
      const empty = await runCli(["read", "--reader", READER_0, "--timeout", "1"]);
      expect(empty.code).toBe(4);
      expect(empty.stdout).toBe("");
    } finally {
      await card.stop();
    }
  });

  it("read: exit 4 and one stderr line when no card comes before the timeout", async () => {
    const result = await runCli(["read", "--timeout", "1"]);
    expect(result.code).toBe(4);
    expect(result.stdout).toBe("");
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/No card inserted within 1 s/);
    expect(result.ms).toBeLessThan(5000);
  });

  it("read: exit 3 for a reader that does not exist", async () => {
    const result = await runCli(["read", "--reader", "No Such Reader", "--timeout", "1"]);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/Reader not found: No Such Reader/);
  });

  it("usage errors: exit 2 with one line", async () => {
    for (const args of [[], ["frobnicate"], ["read", "--bogus"], ["read", "--timeout", "soon"], ["read", "--timeout", "0"],
      ["read", "extra"], ["serve"], ["serve", "--allow-origin", "not a url"], ["simulate", "--atr-variant", "2"],
      ["simulate", "--fault", "melt"], ["simulate", "--card", "/nonexistent.json"]]) {
      const result = await runCli(args);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stdout, args.join(" ")).toBe("");
      expect(result.stderr.trimEnd().split("\n"), args.join(" ")).toHaveLength(1);
    }
  });

  it("identity: device ID and base64 SPKI public key, stable, key file 0600", async () => {
    const first = await runCli(["identity"]);
    expect(first.code).toBe(0);
    const match = /^device-id: ([0-9a-f]{4}(?:-[0-9a-f]{4}){3})\npublic-key: ([A-Za-z0-9+/=]+)\n$/.exec(first.stdout);
    expect(match).not.toBeNull();
    expect(Buffer.from(match![2]!, "base64").length).toBe(44);
    const again = await runCli(["identity", "--json"]);
    expect(JSON.parse(again.stdout)).toEqual({ deviceId: match![1], publicKey: match![2], publicKeyFormat: "spki-der-base64" });
    expect(statSync(join(CONFIG_DIR, "device-key.pem")).mode & 0o777).toBe(0o600);
  });
});

function fileURLToDir(): string {
  return new URL("../../cards/", import.meta.url).pathname;
}
