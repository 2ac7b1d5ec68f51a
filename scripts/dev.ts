/** `npm run dev`: the same server with Next.js in development mode (reload on edit). */
import { startKioskAgent } from "@/server/kiosk-agent-process";
import { startWebServer } from "@/server/web-server";
import { prepare } from "./setup/prepare";
import { log, runMain, stopOnSignals } from "./setup/run-main";

runMain(async () => {
  const { port, dataFolder } = await prepare(log);
  const server = await startWebServer({ port, dev: true });
  const agent = await startKioskAgent({ webPort: port, dataFolder, log });
  log(`development server: ${server.url}`);
  stopOnSignals(async () => {
    await agent?.stop();
    await server.close();
  });
});
