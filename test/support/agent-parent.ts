/**
 * A stand-in for `npm start` that only supervises the kiosk agent (no web app to build), so
 * a test can kill -9 it and watch what happens to the agent. Prints "ready" when it runs.
 */
import { startKioskAgent } from "@/server/kiosk-agent-process";

const databaseFile = process.env.DATABASE_URL!.replace(/^file:/, "");
startKioskAgent({ webPort: 3999, databaseFile, log: (line) => process.stdout.write(`${line}\n`) }).then(
  (agent) => process.stdout.write(agent ? "ready\n" : "not started\n"),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
