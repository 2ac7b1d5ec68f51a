import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";

/**
 * Browser tests run Debian's Chromium (never a downloaded browser) against the real
 * production server started by `npm start`, on a fresh SQLite file per run.
 */
const port = Number(process.env.E2E_PORT ?? 3100);
process.env.E2E_RUN_ID ??= String(Date.now());
const database = path.join(os.tmpdir(), `ko-e2e-${process.env.E2E_RUN_ID}.db`);
export const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-quic", "--no-first-run"],
    },
    trace: "retain-on-failure",
  },
  webServer: {
    command: "npx tsx scripts/start.ts",
    url: `${baseURL}/api/health`,
    // The first run builds the app.
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: { PORT: String(port), DATABASE_URL: `file:${database}` },
  },
});
