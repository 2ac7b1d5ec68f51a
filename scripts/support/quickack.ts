import { execFileSync } from "node:child_process";

/**
 * vsmartcard-vpcd writes each message's length and body separately, so on Linux every card
 * exchange waits ~40 ms for a delayed TCP ACK: a test-transport artefact real USB readers
 * never have. As root, a `quickack` route for 127.0.0.2 only lets the virtual card connect
 * without it. Returns the host to use and a cleanup (null when not root: use 127.0.0.1).
 */
export const QUICKACK_HOST = "127.0.0.2";

export function addQuickackRoute(): (() => void) | null {
  if (process.getuid?.() !== 0) return null;
  const ip = (args: string[]) => execFileSync("ip", args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  try {
    if (ip(["route", "show", "table", "local", `${QUICKACK_HOST}/32`]).includes("quickack")) return () => {};
    ip(["route", "add", "local", `${QUICKACK_HOST}/32`, "dev", "lo", "table", "local", "quickack", "1"]);
    return () => ip(["route", "del", "local", `${QUICKACK_HOST}/32`, "dev", "lo", "table", "local"]);
  } catch {
    return null;
  }
}
