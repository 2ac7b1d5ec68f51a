import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";
import readline from "node:readline";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { enrollKiosk } from "@/lib/kiosk/devices";
import { kioskPageConfig } from "@/lib/kiosk/page-config";
import { checkPortFree } from "@/scripts/setup/check-port";

const AGENT_BIN = path.resolve(__dirname, "..", "kiosk-agent", "bin", "kiosk-agent.js");
export const BUILT_IN_KIOSK = "Built-in kiosk (this server)";

export type AgentSettings = { port: number; reader: string; enabled: boolean; demo: boolean };

export function agentSettings(env = process.env): AgentSettings {
  return {
    enabled: env.KIOSK_AGENT !== "off",
    port: Number(env.KIOSK_AGENT_PORT ?? 8189),
    reader: env.KIOSK_READER ?? "auto",
    // KIOSK_DEMO=off is a production installation: "auto" never falls back to the demo card.
    demo: kioskPageConfig(env).demoAllowed,
  };
}

/**
 * `npm start` runs the kiosk agent beside the web server, as its own process: the agent
 * loads a native PC/SC module, and a crash there must not take the web server down. It
 * reads a real reader when there is one, else the built-in virtual card unless KIOSK_DEMO=off
 * (KIOSK_READER), and its device key is enrolled as this server's own kiosk on first start.
 * It ends with this process (--exit-with-stdin). A kiosk PC with its own agent instead sets
 * KIOSK_AGENT=off on the server and enrols that PC's key.
 */
export async function startKioskAgent(options: {
  webPort: number;
  dataFolder: string;
  log: (line: string) => void;
}): Promise<{ stop: () => Promise<void> } | null> {
  const settings = agentSettings();
  if (!settings.enabled) return null;
  try {
    await checkPortFree(settings.port);
  } catch {
    options.log(`kiosk agent: port ${settings.port} is in use (another agent?), so the built-in one is not started`);
    return null;
  }
  const env = { ...process.env, KIOSK_AGENT_CONFIG_DIR: path.join(options.dataFolder, "kiosk-agent") };
  await enrollBuiltIn(readIdentity(env), options.log);

  const origins = [`http://localhost:${options.webPort}`, `http://127.0.0.1:${options.webPort}`];
  if (process.env.PUBLIC_URL) origins.push(new URL(process.env.PUBLIC_URL).origin);
  const args = [
    "serve",
    "--port",
    String(settings.port),
    "--reader",
    settings.reader,
    // The agent holds the read end of a pipe to us: if this process dies, even by kill -9,
    // the pipe closes and the agent ends, freeing its port for the next start.
    "--exit-with-stdin",
    ...(settings.demo ? [] : ["--no-demo"]),
    ...origins.flatMap((o) => ["--allow-origin", o]),
  ];

  let child: ChildProcess | null = null;
  let stopping = false;
  const restarts: number[] = [];
  const launch = () => {
    child = spawn(process.execPath, [AGENT_BIN, ...args], { env, stdio: ["pipe", "pipe", "pipe"] });
    for (const stream of [child.stdout!, child.stderr!]) {
      readline.createInterface({ input: stream }).on("line", (line) => options.log(`kiosk agent: ${line.replace(/^\[kiosk-agent\] /, "")}`));
    }
    child.on("exit", (code, signal) => {
      if (stopping) return;
      const now = Date.now();
      restarts.push(now);
      while (restarts.length > 0 && now - restarts[0]! > 60_000) restarts.shift();
      if (restarts.length > 5) {
        options.log(`kiosk agent: stopped (${signal ?? `exit ${code}`}) 5 times in a minute; not restarting it`);
        return;
      }
      options.log(`kiosk agent: stopped (${signal ?? `exit ${code}`}); restarting in 2 s`);
      setTimeout(() => stopping || launch(), 2_000);
    });
  };
  launch();

  return {
    stop: () =>
      new Promise<void>((resolve) => {
        stopping = true;
        if (!child || child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

function readIdentity(env: NodeJS.ProcessEnv): { deviceId: string; publicKey: string } {
  const run = spawnSync(process.execPath, [AGENT_BIN, "identity", "--json"], { env, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`kiosk agent identity failed: ${run.stderr.trim()}`);
  return JSON.parse(run.stdout) as { deviceId: string; publicKey: string };
}

async function enrollBuiltIn(identity: { deviceId: string; publicKey: string }, log: (line: string) => void): Promise<void> {
  const existing = await db.kioskDevice.findUnique({ where: { deviceId: identity.deviceId } });
  if (existing?.revokedAt) {
    log(`kiosk agent: "${existing.name}" is revoked, so its card reads will be refused`);
    return;
  }
  if (existing) return;
  try {
    const kiosk = await enrollKiosk(`${BUILT_IN_KIOSK} ${identity.deviceId.slice(0, 4)}`, identity.publicKey);
    log(`kiosk agent: enrolled "${kiosk.name}" (device ${kiosk.deviceId})`);
  } catch (error) {
    if (!isAppError(error)) throw error;
    log(`kiosk agent: could not enrol this server's agent (${error.code})`);
  }
}
