/**
 * A stand-in for `npm start` that only supervises the kiosk agent (no web app to build), so
 * a test can kill -9 it and watch what happens to the agent. Prints "ready" when it runs.
 */
import { resolveDatabaseUrl } from "@/lib/db/database-url";
import { startKioskAgent } from "@/server/kiosk-agent-process";

const { dataFolder } = resolveDatabaseUrl(process.env.DATABASE_URL, process.cwd());
startKioskAgent({ webPort: 3999, dataFolder, log: (line) => process.stdout.write(`${line}\n`) }).then(
  (agent) => process.stdout.write(agent ? "ready\n" : "not started\n"),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
