import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CliProcess, runCli } from "./harness/cli.js";
import { PageClient } from "./harness/ws-client.js";

/** A machine without libpcsclite: the native module cannot load. */
const WITHOUT_PCSCLITE = ["--require", fileURLToPath(new URL("../helpers/no-pcsclite.cjs", import.meta.url))];
const ORIGIN = "http://localhost:3000";
const MESSAGE = "PC/SC is not available: install pcscd and libpcsclite-dev";

describe("without the pcsclite native module", () => {
  it("serve says so and runs on the virtual card", async () => {
    const agent = new CliProcess(["serve", "--port", "0", "--allow-origin", ORIGIN], {}, WITHOUT_PCSCLITE);
    try {
      const url = (await agent.waitFor(/listening on (ws:\S+) \(mode virtual/))[1]!;
      expect(agent.stderr).toContain(MESSAGE);
      const page = await PageClient.connect(url, ORIGIN);
      expect((await page.next("hello")).mode).toBe("virtual");
      page.send({ type: "virtual-insert", card: "elderly" });
      page.send({ type: "read", nonce: "nonce-no-pcsclite-0001" });
      expect((await page.next("card-read")).data.birthDate).toBe("1937");
      page.close();
    } finally {
      expect(await agent.stop()).toBe(0);
    }
  });

  it("readers and read exit 3 with the message; read --reader virtual still works", async () => {
    for (const args of [["readers"], ["read", "--timeout", "1"]]) {
      const result = await runCli(args, { nodeArgs: WITHOUT_PCSCLITE });
      expect(result.code, args.join(" ")).toBe(3);
      expect(result.stderr).toBe(`kiosk-agent: ${MESSAGE}\n`);
    }
    const virtual = await runCli(["read", "--reader", "virtual"], { nodeArgs: WITHOUT_PCSCLITE });
    expect(virtual.code).toBe(0);
    expect(JSON.parse(virtual.stdout)).toMatchObject({ citizenId: "1101700207030", meta: { reader: "Ko Virtual Card Reader", apdus: 7 } });
  });

  it("serve --reader pcsc refuses to fall back: exit 3", async () => {
    const result = await runCli(["serve", "--port", "0", "--allow-origin", ORIGIN, "--reader", "pcsc"], { nodeArgs: WITHOUT_PCSCLITE });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(MESSAGE);
  });
});
