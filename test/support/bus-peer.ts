import { spawn } from "node:child_process";
import path from "node:path";
import readline from "node:readline";

const ROOT = path.resolve(__dirname, "..", "..");

export type PeerLine = { ready?: true; done?: true; failed?: string; event?: unknown; access?: number; mail?: true; catalogue?: true };

/**
 * Another server process on this test file's database (./bus-peer-cli.ts): `next(match)`
 * waits for the first line it prints that matches, from now on, and fails after `ms`.
 */
export type Peer = {
  send: (command: object) => void;
  next: (match: (line: PeerLine) => boolean, ms?: number) => Promise<PeerLine>;
  /** Every line printed so far. */
  lines: PeerLine[];
  stop: () => Promise<void>;
};

export async function startPeer(): Promise<Peer> {
  const child = spawn(path.join(ROOT, "node_modules", ".bin", "tsx"), ["test/support/bus-peer-cli.ts"], {
    cwd: ROOT,
    env: process.env,
    stdio: ["pipe", "pipe", "inherit"],
  });
  const lines: PeerLine[] = [];
  const waiting = new Set<(line: PeerLine) => void>();
  readline.createInterface({ input: child.stdout }).on("line", (text) => {
    const line = JSON.parse(text) as PeerLine;
    lines.push(line);
    for (const each of [...waiting]) each(line);
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const next = (match: (line: PeerLine) => boolean, ms = 1_000) =>
    new Promise<PeerLine>((resolve, reject) => {
      const check = (line: PeerLine) => {
        if (!match(line)) return;
        clearTimeout(timer);
        waiting.delete(check);
        resolve(line);
      };
      const timer = setTimeout(() => {
        waiting.delete(check);
        reject(new Error(`the other process printed nothing matching within ${ms} ms`));
      }, ms);
      waiting.add(check);
    });
  const peer: Peer = {
    send: (command) => child.stdin.write(`${JSON.stringify(command)}\n`),
    next,
    lines,
    stop: async () => {
      child.stdin.end();
      await exited;
    },
  };
  // Starting tsx and loading the database client takes a few seconds on a busy machine.
  await next((line) => line.ready === true, 20_000);
  return peer;
}
