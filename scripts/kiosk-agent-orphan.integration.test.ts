import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import readline from "node:readline";
import { afterEach, describe, expect, it } from "vitest";
import { freePort } from "./support/server-process";

const parents: ChildProcess[] = [];
afterEach(() => {
  // The whole group, agent included, even when the parent itself has already gone.
  for (const parent of parents.splice(0)) {
    try {
      process.kill(-parent.pid!, "SIGKILL");
    } catch {
      // already gone
    }
  }
});

/** The supervising process: `npm start`'s agent code in a process of its own, printing its log. */
function startParent(agentPort: number): Promise<{ parent: ChildProcess; lines: string[] }> {
  const parent = spawn(path.resolve("node_modules/.bin/tsx"), ["test/support/agent-parent.ts"], {
    env: { ...process.env, KIOSK_AGENT: "on", KIOSK_READER: "virtual", KIOSK_AGENT_PORT: String(agentPort) },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  parents.push(parent);
  const lines: string[] = [];
  return new Promise((resolve, reject) => {
    readline.createInterface({ input: parent.stdout! }).on("line", (line) => {
      lines.push(line);
      if (line === "ready") resolve({ parent, lines });
    });
    parent.once("exit", (code) => reject(new Error(`the parent exited (${code}) before it was ready: ${lines.join(" | ")}`)));
  });
}

/** The agent's process: the parent's descendant whose command line is `kiosk-agent.js serve`. */
function agentPids(): number[] {
  return fs
    .readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("kiosk-agent.js\0serve");
      } catch {
        return false;
      }
    })
    .map(Number);
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

async function until(condition: () => Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return condition();
}

describe("the kiosk agent child", () => {
  it("ends when its server is killed with kill -9, and the next start supervises a fresh one", async () => {
    const port = await freePort();
    const before = new Set(agentPids());
    await startParent(port);
    expect(await until(() => listening(port), 15_000)).toBe(true);
    const agent = agentPids().filter((pid) => !before.has(pid));
    expect(agent).toHaveLength(1);

    // kill -9 of the server process only (not its group): no handler runs, as in a crash.
    const serverPid = Number(fs.readFileSync(`/proc/${agent[0]}/stat`, "utf8").split(" ")[3]);
    process.kill(serverPid, "SIGKILL");
    expect(await until(async () => !(await listening(port)), 5_000)).toBe(true);
    expect(agentPids()).not.toContain(agent[0]);

    const second = await startParent(port);
    expect(second.lines.join("\n")).not.toMatch(/in use/);
    expect(await until(() => listening(port), 15_000)).toBe(true);
    const fresh = agentPids().filter((pid) => !before.has(pid));
    expect(fresh).toHaveLength(1);
    expect(fresh[0]).not.toBe(agent[0]);
  }, 60_000);
});
