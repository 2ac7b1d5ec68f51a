import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");
export const AGENT_BIN = path.join(ROOT, "kiosk-agent", "bin", "kiosk-agent.js");
const SOCKET = "/run/pcscd/pcscd.comm";
const VPCD_DRIVER = "/usr/lib/pcsc/drivers/serial/libifdvpcd.so";
export const VIRTUAL_READER = "Virtual PCD 00 00";

/**
 * A real pcscd with Debian's vsmartcard-vpcd virtual reader, for the browser tests and the
 * benchmarks. Uses the running daemon if there is one, else starts `pcscd --foreground`
 * and stops it afterwards. A missing pcscd or vpcd is an error, never a skip.
 */
export async function ensurePcscd(): Promise<{ stop: () => Promise<void> }> {
  if (spawnSync("pcscd", ["--version"]).error) throw new Error("pcscd is not installed: apt-get install pcscd vsmartcard-vpcd");
  if (!fs.existsSync(VPCD_DRIVER)) throw new Error("vsmartcard-vpcd is not installed: apt-get install vsmartcard-vpcd");
  let child: ChildProcess | null = null;
  if (!(await socketAnswers())) {
    child = spawn("pcscd", ["--foreground"], { stdio: "ignore" });
  }
  await waitFor(() => virtualReaderListed(), 10_000, "pcscd did not list the vpcd reader within 10 s");
  return {
    stop: async () => {
      if (!child || child.exitCode !== null) return;
      const exited = new Promise((resolve) => child!.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

function socketAnswers(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(SOCKET);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

function virtualReaderListed(): boolean {
  const run = spawnSync(process.execPath, [AGENT_BIN, "readers"], { encoding: "utf8" });
  return run.status === 0 && run.stdout.split("\n").includes(VIRTUAL_READER);
}

export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number, message: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(message);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
