/**
 * The name of the kiosk that read a card, as the staff page shows it. Staff name their
 * kiosks ("Counter 1", "ตู้ 1") and those names show as written; the agent that `npm start`
 * runs enrols itself as `Built-in kiosk (this server) <device>` (server/kiosk-agent-process.ts),
 * an English name the page words in its own language instead.
 */
export const BUILT_IN_KIOSK_PREFIX = "Built-in kiosk (this server)";

export type KioskLabel = { builtIn: true; device: string } | { builtIn: false; name: string };

export function kioskLabel(name: string): KioskLabel {
  if (name === BUILT_IN_KIOSK_PREFIX || name.startsWith(`${BUILT_IN_KIOSK_PREFIX} `)) {
    return { builtIn: true, device: name.slice(BUILT_IN_KIOSK_PREFIX.length).trim() };
  }
  return { builtIn: false, name };
}
