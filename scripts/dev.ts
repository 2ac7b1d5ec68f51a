/** `npm run dev`: the same server with Next.js in development mode (reload on edit). */
import { startWebServer } from "@/server/web-server";
import { prepare } from "./setup/prepare";
import { log, runMain, stopOnSignals } from "./setup/run-main";

runMain(async () => {
  const { port } = await prepare(log);
  const server = await startWebServer({ port, dev: true });
  log(`development server: ${server.url}`);
  stopOnSignals(server.close);
});
