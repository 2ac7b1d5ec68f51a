import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CliProcess } from "./harness/cli.js";
import { Pcscd, TOOLS } from "./harness/pcscd.js";
import { PageClient } from "./harness/ws-client.js";

const ORIGIN = "http://kiosk.test:3000";
const pcscd = new Pcscd();

// A developer machine with vsmartcard-vpcd installed (as the README advises) and no reader:
// pcscd lists the empty "Virtual PCD" readers, which can never hold a resident's card.
describe.skipIf(!TOOLS.ok)('serve --reader auto with only empty vpcd readers', () => {
  beforeAll(() => pcscd.ensure());
  afterAll(() => pcscd.release());

  it("offers the demo card, saying why, instead of a \"ready\" reader that cannot read anything", async () => {
    const agent = new CliProcess(["serve", "--port", "0", "--allow-origin", ORIGIN]);
    try {
      const match = await agent.waitFor(/listening on (ws:\S+) \(mode virtual/);
      expect(agent.stderr).toMatch(/only empty vsmartcard-vpcd readers/);
      const page = await PageClient.connect(match[1]!, ORIGIN);
      expect((await page.next("hello")).virtualCards?.length).toBeGreaterThan(0);
      page.close();
    } finally {
      expect(await agent.stop()).toBe(0);
    }
  });

  it("with --no-demo: no demo card, and the page is told there is no reader", async () => {
    const agent = new CliProcess(["serve", "--port", "0", "--allow-origin", ORIGIN, "--no-demo"]);
    try {
      const match = await agent.waitFor(/listening on (ws:\S+) \(mode pcsc/);
      const page = await PageClient.connect(match[1]!, ORIGIN);
      const hello = await page.next("hello");
      expect(hello.virtualCards).toBeUndefined();
      expect(await page.next("readers")).toMatchObject({ service: "available", readers: [] });
      page.send({ type: "virtual-insert" });
      expect(await page.next("error")).toMatchObject({ code: "not-virtual" });
      page.close();
    } finally {
      expect(await agent.stop()).toBe(0);
    }
  });
});
