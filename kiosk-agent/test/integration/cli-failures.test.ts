import { mkdtempSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, simulate } from "./harness/cli.js";
import { Pcscd, TOOLS } from "./harness/pcscd.js";

const pcscd = new Pcscd();

async function readWith(simulateArgs: string[], readArgs: string[] = []) {
  const card = await simulate(simulateArgs);
  try {
    return await runCli(["read", "--timeout", "5", ...readArgs]);
  } finally {
    await card.stop();
  }
}

function expectBadCard(result: { code: number | null; stdout: string; stderr: string }, message: RegExp) {
  expect(result.code).toBe(5);
  expect(result.stdout).toBe(""); // never partial data
  expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(result.stderr).toMatch(message);
}

describe.skipIf(!TOOLS.ok)("CLI failures through pcscd + vpcd", () => {
  beforeAll(() => pcscd.ensure());
  afterAll(() => pcscd.release());

  it("a card removed in the middle of a read: exit 5, no data", async () => {
    // 9 exchanges in: after the text, inside the photo.
    const result = await readWith(["--remove-after-apdus", "9"], ["--photo"]);
    expectBadCard(result, /removed during the read/);
  });

  it("a card removed in the middle of the text: exit 5, no data", async () => {
    const result = await readWith(["--remove-after-apdus", "3"]);
    expectBadCard(result, /removed during the read/);
  });

  it("a non-Thai card: a clear error", async () => {
    expectBadCard(await readWith(["--fault", "not-thai"]), /not a Thai national ID card/);
  });

  for (const fault of ["garbage", "short-data", "wrong-sw"]) {
    it(`${fault} responses: exit 5 quickly, never a hang`, async () => {
      const result = await readWith(["--fault", fault]);
      expect(result.code).toBe(5);
      expect(result.stdout).toBe("");
      expect(result.ms).toBeLessThan(8000);
    });
  }

  it("61 00 / 6C xx cards and cards wanting the other GET RESPONSE variant still read", async () => {
    for (const fault of ["sixty-one-zero", "swapped-variant"]) {
      const result = await readWith(["--fault", fault]);
      expect(result.code, fault).toBe(0);
      const json = JSON.parse(result.stdout) as { citizenId: string; meta: { apdus: number } };
      expect(json.citizenId).toBe("1101700207030");
      expect(json.meta.apdus).toBeGreaterThan(7);
    }
  });

  it("a bad citizen ID checksum is an error, not data", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ka-card-"));
    const card = JSON.parse(readFileSync(new URL("../../cards/ko-resident.json", import.meta.url), "utf8")) as Record<string, unknown>;
    delete card["photo"];
    writeFileSync(join(dir, "bad.json"), JSON.stringify({ ...card, citizenId: "1101700207031" }));
    expectBadCard(await readWith(["--card", join(dir, "bad.json")]), /checksum/);
  });
});
