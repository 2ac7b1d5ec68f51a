import { ReaderError } from "../backend/errors.js";
import type { CardBackend, ReaderState } from "../backend/types.js";
import { silentLogger, type Logger } from "../logger.js";
import type { PcscFactory } from "../pcsc/binding.js";
import { loadPcsclite } from "../pcsc/load-pcsclite.js";
import { PcscBackend } from "../pcsc/pcsc-backend.js";
import { VirtualBackend } from "../virtual/virtual-backend.js";

/**
 * "auto": a PC/SC reader when pcscd answers and lists one that can hold a real card at start,
 * else the built-in virtual reader (or, with `demo: false`, PC/SC anyway, so the kiosk says
 * plainly that no reader is attached). "pcsc": PC/SC only (production kiosks: never a demo
 * card). "virtual": the built-in virtual reader only. Any other value is a reader name,
 * which implies PC/SC.
 */
export type ReaderChoice = "auto" | "pcsc" | "virtual" | (string & {});

export interface CreateBackendOptions {
  reader?: ReaderChoice;
  logger?: Logger;
  /** Injected in tests; defaults to the optional native `pcsclite`. */
  pcscFactory?: PcscFactory;
  /** Delay per exchange of the built-in virtual reader. */
  virtualDelayMs?: number;
  /** false: "auto" never falls back to the built-in virtual (demo) card. Default true. */
  demo?: boolean;
}

export interface CreatedBackend {
  backend: CardBackend;
  /** Set when the backend is the built-in virtual reader. */
  virtual: VirtualBackend | undefined;
  /** Why "auto" fell back to the virtual reader, for the operator. */
  notice: string | undefined;
}

export async function createBackend(options: CreateBackendOptions = {}): Promise<CreatedBackend> {
  const choice = options.reader ?? "auto";
  const logger = options.logger ?? silentLogger;
  const virtual = async (notice?: string): Promise<CreatedBackend> => {
    const backend = new VirtualBackend({ logger, ...(options.virtualDelayMs === undefined ? {} : { delayMs: options.virtualDelayMs }) });
    await backend.start();
    if (notice !== undefined) logger.warn(notice);
    return { backend, virtual: backend, notice };
  };
  if (choice === "virtual") return virtual();

  let factory = options.pcscFactory;
  if (factory === undefined) {
    const loaded = loadPcsclite();
    if (!loaded.ok) {
      if (choice === "auto" && options.demo !== false) return virtual(loaded.message);
      throw new ReaderError("no-service", loaded.message, { cause: loaded.cause });
    }
    factory = loaded.factory;
  }
  const backend = new PcscBackend({ factory, logger });
  await backend.start();
  if (choice === "auto" && (!backend.serviceAvailable || !backend.readers().some(canHoldRealCard))) {
    const why = !backend.serviceAvailable
      ? "the PC/SC service (pcscd) is not running"
      : backend.readers().length === 0
        ? "no PC/SC reader is attached"
        : "only empty vsmartcard-vpcd readers are attached (set KIOSK_READER=pcsc to use them)";
    if (options.demo === false) {
      logger.warn(`No card reader: ${why}; the demo card is off, so the kiosk will say no reader is attached`);
      return { backend, virtual: undefined, notice: `No card reader: ${why}` };
    }
    await backend.stop();
    return virtual(`Using the built-in virtual card reader: ${why}`);
  }
  return { backend, virtual: undefined, notice: undefined };
}

/** vsmartcard-vpcd's software readers ("Virtual PCD 00 00"): development and CI only. */
export function isVirtualPcd(reader: ReaderState): boolean {
  return /virtual pcd/iu.test(reader.name);
}

/**
 * A reader a resident can put their ID card in: any hardware reader, or a vpcd reader that a
 * simulator already holds a card in (a developer testing with `kiosk-agent simulate`).
 */
export function canHoldRealCard(reader: ReaderState): boolean {
  return !isVirtualPcd(reader) || reader.cardPresent;
}
