import { createRequire } from "node:module";
import type { PcscFactory } from "./binding.js";

export const PCSC_UNAVAILABLE_MESSAGE = "PC/SC is not available: install pcscd and libpcsclite-dev";

export type PcscLoad = { ok: true; factory: PcscFactory } | { ok: false; message: string; cause: unknown };

let cached: PcscLoad | undefined;

/**
 * Loads the optional native `pcsclite` module on first use. It is optional because a
 * developer laptop without libpcsclite must still run the agent on the virtual card, so a
 * failed load is a value, not an exception.
 */
export function loadPcsclite(): PcscLoad {
  if (cached !== undefined) return cached;
  try {
    const require = createRequire(import.meta.url);
    const factory = require("pcsclite") as unknown;
    if (typeof factory !== "function") throw new TypeError("pcsclite did not export a function");
    cached = { ok: true, factory: factory as PcscFactory };
  } catch (cause) {
    cached = { ok: false, message: PCSC_UNAVAILABLE_MESSAGE, cause };
  }
  return cached;
}
