import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");

export type RunningServer = { url: string; process: ChildProcess; readyMs: number; stop: () => Promise<void> };

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The data key for a test database: beside its folder, never inside it (as in production). */
export function keyFileFor(databaseFile: string): string {
  return `${path.dirname(databaseFile)}.keys/data.key`;
}

export function tempDatabase(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ko-bench-")), "ko.db");
}

/** DATABASE_URL and the data folder's settings for a SQLite file or a postgresql:// URL. */
function databaseEnv(database: string): Record<string, string> {
  if (!/^postgres(ql)?:\/\//.test(database)) return { DATABASE_URL: `file:${database}`, DATA_KEY_FILE: keyFileFor(database) };
  const dataFolder = fs.mkdtempSync(path.join(os.tmpdir(), "ko-server-data-"));
  return { DATABASE_URL: database, DATA_DIR: dataFolder, DATA_KEY_FILE: `${dataFolder}.keys/data.key` };
}

/**
 * Start `npm start`'s script as its own process group and time how long until /api/health
 * answers 200. By default without the kiosk agent; pass `env` to change that. `database`
 * is a SQLite file, or a postgresql:// URL (then with a new, empty data folder).
 */
export async function startServer(
  database: string,
  port?: number,
  env: Record<string, string> = {},
  /** Receives the server's standard output (the request log), when given. */
  onStdout?: (text: string) => void,
): Promise<RunningServer> {
  const chosen = port ?? (await freePort());
  const url = `http://127.0.0.1:${chosen}`;
  const started = performance.now();
  const child = spawn(path.join(ROOT, "node_modules", ".bin", "tsx"), ["scripts/start.ts"], {
    cwd: ROOT,
    env: { ...process.env, KIOSK_AGENT: "off", ...databaseEnv(database), ...env, PORT: String(chosen), NODE_ENV: "production" },
    stdio: ["ignore", onStdout ? "pipe" : "ignore", "inherit"],
    detached: true,
  });
  child.stdout?.setEncoding("utf8").on("data", (text: string) => onStdout?.(text));
  let exited = false;
  child.on("exit", () => (exited = true));
  for (;;) {
    if (exited) throw new Error("the server exited before it was healthy");
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
    if (performance.now() - started > 120_000) throw new Error("the server was not healthy within 120 s");
  }
  const readyMs = performance.now() - started;
  const stop = async () => {
    if (exited) return;
    process.kill(-child.pid!, "SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
  };
  return { url, process: child, readyMs, stop };
}
