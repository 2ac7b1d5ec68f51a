import fs from "node:fs";
import path from "node:path";
import { ensurePcscd } from "../scripts/support/pcscd";
import { startServer } from "../scripts/support/server-process";

/** pcscd with the virtual reader first, so the server's agent finds a real PC/SC reader. */
export default async function globalSetup() {
  const database = process.env.E2E_DATABASE!;
  fs.mkdirSync(path.dirname(database), { recursive: true });
  const pcscd = await ensurePcscd();
  const server = await startServer(database, Number(process.env.E2E_PORT), {
    KIOSK_AGENT: "on",
    KIOSK_READER: "auto",
    KIOSK_AGENT_PORT: process.env.E2E_AGENT_PORT!,
  });
  return async () => {
    await server.stop();
    await pcscd.stop();
  };
}
