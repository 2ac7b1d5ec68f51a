/**
 * The kiosk page's settings from the environment, with safe defaults. Read on the server
 * for each request and handed to the page as plain props.
 *
 *   KIOSK_AGENT_PORT            the local agent's port (default 8189), always on 127.0.0.1
 *   KIOSK_IDLE_WARNING_SECONDS  "are you still there?" after this long without a touch (60)
 *   KIOSK_IDLE_RESET_SECONDS    everything is wiped after this long (90)
 *   KIOSK_DEMO                  "off" hides the demo-card control even with a virtual reader
 */
export type KioskPageConfig = {
  agentUrl: string;
  idleWarningSeconds: number;
  idleResetSeconds: number;
  demoAllowed: boolean;
};

type Env = Record<string, string | undefined>;

export function kioskPageConfig(env: Env): KioskPageConfig {
  const port = whole(env.KIOSK_AGENT_PORT, 8189, 1, 65535);
  const idleResetSeconds = whole(env.KIOSK_IDLE_RESET_SECONDS, 90, 15, 3600);
  // The warning must come before the wipe, with time to answer it.
  const idleWarningSeconds = Math.min(whole(env.KIOSK_IDLE_WARNING_SECONDS, 60, 5, 3600), idleResetSeconds - 10);
  const demo = (env.KIOSK_DEMO ?? "").trim().toLowerCase();
  return {
    agentUrl: `ws://127.0.0.1:${port}`,
    idleWarningSeconds,
    idleResetSeconds,
    demoAllowed: !["off", "0", "false", "no"].includes(demo),
  };
}

function whole(raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  return Number.isInteger(value) && value >= min && value <= max ? value : fallback;
}
