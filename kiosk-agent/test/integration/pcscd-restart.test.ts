import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAttestation } from "../../src/attestation/index.js";
import { CliProcess, runCli, simulate } from "./harness/cli.js";
import { Pcscd, TOOLS } from "./harness/pcscd.js";
import { PageClient } from "./harness/ws-client.js";

const ORIGIN = "http://kiosk.test:3000";
const pcscd = new Pcscd();
const inCi = process.env["CI"] === "true" || process.env["CI"] === "1";

/** Restart tests stop pcscd, which is only fair when this harness started it. */
function requireOwnedPcscd(skip: (note?: string) => void): void {
  if (pcscd.owned) return;
  const why = "pcscd was already running (not started by the harness), so it cannot be restarted here";
  if (inCi) throw new Error(`${why}; stop the system pcscd in CI`);
  skip(why);
}

describe.skipIf(!TOOLS.ok)("pcscd restarts", () => {
  beforeAll(() => pcscd.ensure());
  afterAll(() => pcscd.release());

  it("the agent recovers within 5 s of pcscd coming back, without a restart of its own", async (context) => {
    requireOwnedPcscd(context.skip);
    const { publicKey } = JSON.parse((await runCli(["identity", "--json"])).stdout) as { publicKey: string };
    const agent = new CliProcess(["serve", "--port", "0", "--allow-origin", ORIGIN, "--reader", "pcsc"]);
    const card = await simulate();
    try {
      const url = (await agent.waitFor(/listening on (ws:\S+)/))[1]!;
      const page = await PageClient.connect(url, ORIGIN);
      await page.next("hello");
      page.send({ type: "read", nonce: "nonce-before-restart-01" });
      await page.next("card-read");

      await pcscd.stop();
      const down = await page.next("readers", (m) => m.service === "unavailable");
      expect(down.readers).toEqual([]);
      expect(page.of("card-removed").length).toBe(1);

      page.send({ type: "read", nonce: "nonce-after-restart-002" });
      expect((await page.next("error")).code).toBe("no-service");
      const restarted = Date.now();
      await pcscd.start();
      // The simulated card stays "in the reader" and reconnects to the new vpcd by itself.
      await page.next("card-inserted", () => true, 5000);
      const read = await page.next("card-read", () => true, 5000);
      expect(Date.now() - restarted).toBeLessThan(5000);
      expect(read.attestation.nonce).toBe("nonce-after-restart-002");
      expect(verifyAttestation({ publicKey, data: read.data, attestation: read.attestation }).ok).toBe(true);
      page.close();
    } finally {
      await card.stop();
      expect(await agent.stop()).toBe(0);
    }
  });

  it("without pcscd the CLI says so and exits 3", async (context) => {
    requireOwnedPcscd(context.skip);
    await pcscd.stop();
    try {
      for (const args of [["readers"], ["read", "--timeout", "1"]]) {
        const result = await runCli(args);
        expect(result.code, args.join(" ")).toBe(3);
        expect(result.stdout).toBe("");
        expect(result.stderr).toMatch(/PC\/SC service is not running: start pcscd/);
      }
    } finally {
      await pcscd.start();
      await pcscd.waitForReaders();
    }
  });

  it("serve --reader auto falls back to the virtual card when pcscd is down", async (context) => {
    requireOwnedPcscd(context.skip);
    await pcscd.stop();
    const agent = new CliProcess(["serve", "--port", "0", "--allow-origin", ORIGIN]);
    try {
      await agent.waitFor(/mode virtual/);
      expect(agent.stderr).toMatch(/Using the built-in virtual card reader: the PC\/SC service \(pcscd\) is not running/);
    } finally {
      expect(await agent.stop()).toBe(0);
      await pcscd.start();
      await pcscd.waitForReaders();
    }
  });
});
