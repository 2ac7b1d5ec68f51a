import { spawn } from "node:child_process";
import readline from "node:readline";
import { AGENT_BIN } from "./pcscd";

export type InsertedCard = { remove: () => Promise<void> };

/**
 * Insert one of the agent's fictional sample cards (kiosk-agent/cards) into the vpcd
 * reader: `kiosk-agent simulate` connects it to pcscd; stopping it removes the card.
 */
export async function insertCard(options: { card?: string; delayMs?: number; host?: string } = {}): Promise<InsertedCard> {
  const args = ["simulate", "--card", options.card ?? "ko-resident"];
  if (options.delayMs) args.push("--delay-ms", String(options.delayMs));
  if (options.host) args.push("--host", options.host);
  const child = spawn(process.execPath, [AGENT_BIN, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let errors = "";
  child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the virtual card was not accepted by pcscd within 10 s: ${errors}`)), 10_000);
    readline.createInterface({ input: child.stdout }).on("line", (line) => {
      if (line.startsWith("card inserted")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`kiosk-agent simulate exited (${code}): ${errors}`));
    });
  });
  return {
    remove: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}
