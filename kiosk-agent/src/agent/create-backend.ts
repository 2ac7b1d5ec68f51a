import { ReaderError } from "../backend/errors.js";
import type { CardBackend } from "../backend/types.js";
import { silentLogger, type Logger } from "../logger.js";
import type { PcscFactory } from "../pcsc/binding.js";
import { loadPcsclite } from "../pcsc/load-pcsclite.js";
import { PcscBackend } from "../pcsc/pcsc-backend.js";
import { VirtualBackend } from "../virtual/virtual-backend.js";

/**
 * "auto": a PC/SC reader when pcscd answers and lists one at start, else the built-in virtual
 * reader. "pcsc": PC/SC only (production kiosks: never a demo card). "virtual": the built-in
 * virtual reader only. Any other value is a reader name, which implies PC/SC.
 */
export type ReaderChoice = "auto" | "pcsc" | "virtual" | (string & {});

export interface CreateBackendOptions {
  reader?: ReaderChoice;
  logger?: Logger;
  /** Injected in tests; defaults to the optional native `pcsclite`. */
  pcscFactory?: PcscFactory;
  /** Delay per exchange of the built-in virtual reader. */
  virtualDelayMs?: number;
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
      if (choice === "auto") return virtual(loaded.message);
      throw new ReaderError("no-service", loaded.message, { cause: loaded.cause });
    }
    factory = loaded.factory;
  }
  const backend = new PcscBackend({ factory, logger });
  await backend.start();
  if (choice === "auto" && (!backend.serviceAvailable || backend.readers().length === 0)) {
    await backend.stop();
    const why = backend.serviceAvailable ? "no PC/SC reader is attached" : "the PC/SC service (pcscd) is not running";
    return virtual(`Using the built-in virtual card reader: ${why}`);
  }
  return { backend, virtual: undefined, notice: undefined };
}
