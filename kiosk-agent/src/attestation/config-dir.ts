import { homedir } from "node:os";
import { join } from "node:path";

export const CONFIG_DIR_ENV = "KIOSK_AGENT_CONFIG_DIR";

/**
 * Where the device key lives: $KIOSK_AGENT_CONFIG_DIR, else $XDG_CONFIG_HOME/ko-kiosk-agent,
 * else ~/.config/ko-kiosk-agent.
 */
export function resolveConfigDir(env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  const explicit = env[CONFIG_DIR_ENV];
  if (explicit !== undefined && explicit !== "") return explicit;
  const xdg = env["XDG_CONFIG_HOME"];
  const base = xdg !== undefined && xdg !== "" ? xdg : join(home, ".config");
  return join(base, "ko-kiosk-agent");
}
