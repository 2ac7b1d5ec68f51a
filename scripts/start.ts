/**
 * `npm start`: everything needed to run the system from a fresh clone.
 * Checks the set-up, applies pending migrations, seeds an empty database, builds once,
 * then serves on PORT (default 3000). Set-up problems print one line and exit 1.
 */
import "./setup/production-env";
import { publicUrlStatus } from "@/lib/config/public-url";
import { startKioskAgent } from "@/server/kiosk-agent-process";
import { startWebServer } from "@/server/web-server";
import { buildIfMissing } from "./setup/build-if-missing";
import { prepare } from "./setup/prepare";
import { log, runMain, stopOnSignals } from "./setup/run-main";

runMain(async () => {
  const started = Date.now();
  const { port, dataFolder } = await prepare(log);
  buildIfMissing(log);
  const server = await startWebServer({ port, dev: false, host: process.env.HOST?.trim() || undefined });
  const agent = await startKioskAgent({ webPort: port, dataFolder, log });
  const publicUrl = publicUrlStatus();
  if (publicUrl.state === "unset") {
    const hosts = process.env.ALLOWED_HOSTS?.trim() ? "" : "; until PUBLIC_URL or ALLOWED_HOSTS is set, only localhost is answered";
    log(`warning: ${publicUrl.advice}${hosts}`);
  }
  log(`ready in ${Date.now() - started} ms: ${server.url} (kiosk: ${server.url}/kiosk)`);
  stopOnSignals(async () => {
    await agent?.stop();
    await server.close();
  });
});
