import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test } from "./support/test";

const ROOT = path.resolve(__dirname, "..");

/** The address `npm run kiosk -- display-url` prints for an enrolled screen, on the server's data. */
function enrolledDisplayPath(name: string): string {
  const out = execFileSync(path.join(ROOT, "node_modules", ".bin", "tsx"), ["scripts/kiosk.ts", "display-url", "--name", name], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL!, PUBLIC_URL: "http://example.invalid" },
    encoding: "utf8",
  });
  return out.trim().split("\n").at(-1)!.replace("http://example.invalid", "");
}

test.describe("waiting-room display", () => {
  // As a TV's browser without the kiosk launcher's autoplay flag: audio starts suspended.
  // (This test browser allows autoplay, which would hide what is under test.)
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const Original = window.AudioContext;
      window.AudioContext = class extends Original {
        constructor(options?: AudioContextOptions) {
          super(options);
          void this.suspend();
        }
      };
    });
  });

  test("a screen nobody has touched keeps a clear board: sound is offered in a corner, never over the calls", async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto("/display");
    const offer = page.getByRole("button", { name: /แตะเพื่อเปิดเสียง/ });
    await expect(offer).toBeVisible();
    const box = (await offer.boundingBox())!;
    expect(box.width * box.height).toBeLessThan(0.08 * 1920 * 1080);
    // What sits at the middle of the latest-call panel is the board, not the offer.
    const latest = (await page.locator('section[aria-labelledby="latest-heading"]').boundingBox())!;
    const atCentre = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest("button") === null, [latest.x + latest.width / 2, latest.y + latest.height / 2]);
    expect(atCentre).toBe(true);
  });

  test("an enrolled screen asks for nothing and streams from its own pool", async ({ page }) => {
    const address = enrolledDisplayPath("e2e-waiting-room");
    expect(address).toMatch(/^\/display\?device=e2e-waiting-room\./);
    const streams: number[] = [];
    page.on("response", (response) => response.url().includes("/api/display/events?device=") && streams.push(response.status()));
    await page.goto(address);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText(/ออนไลน์|Live/).first()).toBeVisible({ timeout: 5_000 });
    expect(streams).toContain(200);
    // Give the sound check its moment, then: no offer, only the quiet note in the status bar.
    await expect(page.getByText("ไม่มีเสียง").first()).toBeVisible();
    await expect(page.getByRole("button", { name: /แตะเพื่อเปิดเสียง/ })).toHaveCount(0);
  });
});
