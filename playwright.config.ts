import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { withDatabase } from "./test/support/postgres";

/**
 * Browser tests run Debian's Chromium (never a downloaded browser) against the real
 * production server started by `npm start`'s script, on a fresh SQLite file per run, with
 * the real kiosk agent reading virtual cards through a real pcscd (e2e/global-setup.ts).
 * The config is read by every worker, so per-run values travel in the environment.
 */
process.env.E2E_RUN_ID ??= String(Date.now());
process.env.E2E_PORT ??= "3100";
process.env.E2E_AGENT_PORT ??= "8199";
process.env.E2E_DATABASE ??= path.join(os.tmpdir(), `ko-e2e-${process.env.E2E_RUN_ID}`, "ko.db");
// The server and the fixture commands the tests run must seal and open applicant records
// with one data key (the server's, beside its data folder: scripts/support/server-process.ts).
process.env.E2E_MAILBOX ??= path.join(path.dirname(process.env.E2E_DATABASE), "mailbox");
process.env.DATA_KEY_FILE ??= `${path.dirname(process.env.E2E_DATABASE)}.keys/data.key`;
// E2E_POSTGRES_URL names a PostgreSQL server (and a role that may create databases): the run
// then gets a new database of its own there (e2e/global-setup.ts), with the same data folder.
if (process.env.E2E_POSTGRES_URL) {
  process.env.E2E_DATABASE_URL ??= withDatabase(process.env.E2E_POSTGRES_URL, `ko_e2e_${process.env.E2E_RUN_ID}`);
  process.env.DATA_DIR ??= path.dirname(process.env.E2E_DATABASE);
}
/** What the server and every fixture command the tests run are given as DATABASE_URL. */
process.env.E2E_DATABASE_URL ??= `file:${process.env.E2E_DATABASE}`;

export default defineConfig({
  testDir: "e2e",
  globalSetup: "./e2e/global-setup.ts",
  fullyParallel: false,
  // One card reader, one server: the tests take turns.
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 45_000,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${process.env.E2E_PORT}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-quic", "--no-first-run"],
    },
    trace: "retain-on-failure",
  },
});
