import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "playwright-core";
import { ensurePcscd } from "../support/pcscd";
import { addQuickackRoute, QUICKACK_HOST } from "../support/quickack";
import { freePort, startServer, tempDatabase } from "../support/server-process";
import { insertCard } from "../support/virtual-card";
import { median } from "./load";

const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"];

export type KioskPageBench = {
  javascriptKbGzip: number;
  nameOnScreenMs: { transport: string; median: number; runs: number[] }[];
};

/**
 * The kiosk as a resident meets it, in Debian's Chromium against `npm start` with its
 * real agent reading the virtual card through pcscd (15 ms added per card exchange):
 * the time from inserting the card to the name on screen, and the JavaScript the page loads.
 */
export async function benchKioskPage(runs: number): Promise<KioskPageBench> {
  const pcscd = await ensurePcscd();
  const agentPort = await freePort();
  const server = await startServer(tempDatabase(), undefined, { KIOSK_AGENT: "on", KIOSK_READER: "pcsc", KIOSK_AGENT_PORT: String(agentPort) });
  const removeRoute = addQuickackRoute();
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
    const page = await browser.newPage();
    const scripts: Promise<number>[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") scripts.push(response.body().then((body) => gzipSync(body, { level: 9 }).length));
    });
    await page.goto(`${server.url}/kiosk`, { waitUntil: "networkidle" });
    const javascriptKbGzip = (await Promise.all(scripts)).reduce((a, b) => a + b, 0) / 1024;
    await page.getByText("เครื่องอ่านบัตรพร้อมใช้งาน").waitFor({ timeout: 15_000 });

    const transports = [{ name: "vpcd as installed", host: "127.0.0.1" }];
    if (removeRoute) transports.push({ name: "vpcd without delayed ACK", host: QUICKACK_HOST });
    const nameOnScreenMs = [];
    for (const transport of transports) {
      const times: number[] = [];
      for (let run = 0; run <= runs; run++) {
        const started = performance.now();
        const card = await insertCard({ card: "ko-resident", delayMs: 15, host: transport.host });
        await page.getByText("สมชาย").first().waitFor({ timeout: 10_000 });
        if (run > 0) times.push(performance.now() - started); // run 0 warms up
        await card.remove();
        await page.getByText("เสียบบัตรประจำตัวประชาชน").first().waitFor({ timeout: 10_000 });
      }
      nameOnScreenMs.push({ transport: transport.name, median: median(times), runs: times });
    }
    return { javascriptKbGzip, nameOnScreenMs };
  } finally {
    await browser?.close();
    removeRoute?.();
    await server.stop();
    await pcscd.stop();
  }
}
