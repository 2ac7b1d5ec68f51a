import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "./cli.js";

/**
 * The integration tests need a real pcscd with vsmartcard-vpcd. When pcscd is not running
 * the harness starts one itself (`pcscd -f` with its own reader.conf.d holding the vpcd
 * reader) and stops it afterwards; a pcscd that was already running is used as is and left
 * alone. In CI a missing pcscd or vpcd is a failure, never a skip.
 */
export const PCSCD_SOCKET = "/run/pcscd/pcscd.comm";
const PCSCD_PID_FILE = "/run/pcscd/pcscd.pid";
/** Marks config directories of harness-started pcscd, so a leftover one can be recognised. */
const CONF_PREFIX = "ka-pcscd-";
export const READER_0 = "Virtual PCD 00 00";
export const READER_1 = "Virtual PCD 00 01";
export const VPCD_PORT_0 = 35963;
export const VPCD_PORT_1 = 35964;

const DRIVER_CANDIDATES = [
  "/usr/lib/pcsc/drivers/serial/libifdvpcd.so",
  "/usr/lib64/pcsc/drivers/serial/libifdvpcd.so",
  "/usr/local/lib/pcsc/drivers/serial/libifdvpcd.so",
];

function detect(): { ok: true; driver: string } | { ok: false; reason: string } {
  const pcscd = spawnSync("pcscd", ["--version"], { encoding: "utf8" });
  if (pcscd.error !== undefined) return { ok: false, reason: "pcscd is not installed (apt-get install pcscd)" };
  const driver = DRIVER_CANDIDATES.find((path) => existsSync(path));
  if (driver === undefined) return { ok: false, reason: "vsmartcard-vpcd is not installed (apt-get install vsmartcard-vpcd)" };
  return { ok: true, driver };
}

export const TOOLS = detect();
const inCi = process.env["CI"] === "true" || process.env["CI"] === "1";
if (!TOOLS.ok && inCi) throw new Error(`Integration tests need pcscd and vsmartcard-vpcd: ${TOOLS.reason}`);
if (!TOOLS.ok) console.warn(`[kiosk-agent integration] skipped: ${TOOLS.reason}`);

export function socketAnswers(path = PCSCD_SOCKET): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(path);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** The pid of the running pcscd if an earlier harness run started it (a crashed worker's). */
function leftoverHarnessPcscd(): number | undefined {
  try {
    const pid = Number(readFileSync(PCSCD_PID_FILE, "utf8").trim());
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8");
    return cmdline.includes(CONF_PREFIX) ? pid : undefined;
  } catch {
    return undefined;
  }
}

export class Pcscd {
  private child: ChildProcess | null = null;
  private confDir: string | null = null;
  /** True when this harness started pcscd (and may stop or restart it). */
  owned = false;

  get log(): string {
    try {
      return this.confDir === null ? "" : readFileSync(join(this.confDir, "pcscd.log"), "utf8");
    } catch {
      return "";
    }
  }

  /** Uses a running pcscd or starts one; resolves once the vpcd readers are listed. */
  async ensure(): Promise<void> {
    if (!TOOLS.ok) throw new Error(TOOLS.reason);
    const leftover = leftoverHarnessPcscd();
    if (leftover !== undefined) await stopPid(leftover);
    if (!(await socketAnswers())) {
      this.owned = true;
      await this.start();
    }
    await this.waitForReaders();
  }

  async start(): Promise<void> {
    if (!TOOLS.ok) throw new Error(TOOLS.reason);
    if (this.confDir === null) {
      this.confDir = mkdtempSync(join(tmpdir(), CONF_PREFIX));
      // One vpcd line gives two readers: port 35963 ("00 00") and 35964 ("00 01").
      writeFileSync(
        join(this.confDir, "vpcd"),
        `FRIENDLYNAME "Virtual PCD"\nDEVICENAME   /dev/null:0x8C7B\nLIBPATH      ${TOOLS.driver}\nCHANNELID    0x8C7B\n`,
      );
    }
    // Logs go to a file, not a pipe: pcscd must not depend on the test worker staying alive.
    const log = openSync(join(this.confDir, "pcscd.log"), "a");
    const child = spawn("pcscd", ["--foreground", "--config", this.confDir], { stdio: ["ignore", log, log] });
    closeSync(log);
    this.child = child;
    const deadline = Date.now() + 10_000;
    while (!(await socketAnswers())) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`pcscd did not start: ${this.log}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Stops a pcscd this harness started (SIGTERM, as a service manager would). */
  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (child === null || child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
    await socketGone();
  }

  async release(): Promise<void> {
    if (this.owned) await this.stop();
  }

  async waitForReaders(timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const result = await runCli(["readers"]);
      if (result.code === 0 && result.stdout.split("\n").includes(READER_0)) return;
      if (Date.now() > deadline) {
        const hint = this.owned ? this.log : "a pcscd not started by the harness is running without the vpcd reader (stop it, or add its config to /etc/reader.conf.d)";
        throw new Error(`vpcd readers did not appear: ${result.stdout}${result.stderr}${hint}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

async function socketGone(): Promise<void> {
  const deadline = Date.now() + 5000;
  // pcscd removes its socket on exit; wait so the next start does not race it.
  while ((await socketAnswers()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
}

async function stopPid(pid: number): Promise<void> {
  try {
    process.kill(pid, "SIGTERM");
  } catch {
    return;
  }
  await socketGone();
}
