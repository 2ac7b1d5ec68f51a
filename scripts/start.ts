/**
 * `npm start`: everything needed to run the system from a fresh clone.
 * Checks the set-up, applies pending migrations, seeds an empty database, builds once,
 * then serves on PORT (default 3000). Set-up problems print one line and exit 1.
 */
import "./setup/production-env";
import { startKioskAgent } from "@/server/kiosk-agent-process";
import { startWebServer } from "@/server/web-server";
import { buildIfMissing } from "./setup/build-if-missing";
import { prepare } from "./setup/prepare";
import { log, runMain, stopOnSignals } from "./setup/run-main";

runMain(async () => {
  const started = Date.now();
  const { port, databaseFile } = await prepare(log);
  buildIfMissing(log);
  const server = await startWebServer({ port, dev: false });
  const agent = await startKioskAgent({ webPort: port, databaseFile, log });
  log(`ready in ${Date.now() - started} ms: ${server.url} (kiosk: ${server.url}/kiosk)`);
  stopOnSignals(async () => {
    await agent?.stop();
    await server.close();
  });
});
