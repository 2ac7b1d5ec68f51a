import { ReaderError } from "../backend/errors.js";
import type { CardBackend, CardSession } from "../backend/types.js";
import { hex } from "../card/apdu.js";
import { CardError } from "../card/errors.js";
import { readThaiIdCard } from "../card/read-card.js";
import type { CardRead } from "../card/types.js";

export interface ReadFromReaderOptions {
  backend: CardBackend;
  reader: string;
  photo?: boolean;
  /**
   * After a failed exchange, how long to wait for the reader to report the card gone, so a
   * pulled card is reported as "card-removed" rather than "unreadable". pcscd notices a
   * removal within about 0.4 s.
   */
  removalGraceMs?: number;
}

/**
 * One complete read from one reader: connect, read, disconnect. Resolves with complete data
 * or rejects with a CardError (card problems) or a ReaderError (no service / no reader).
 * A removal reported at any point during the read turns the result into "card-removed", so
 * partial or mixed data can never come out.
 */
export async function readFromReader(options: ReadFromReaderOptions): Promise<CardRead> {
  const { backend, reader } = options;
  let removed = false;
  const onRemoved = (name: string) => {
    if (name === reader) removed = true;
  };
  backend.on("card-removed", onRemoved);
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        const read = await readOnce(backend, reader, options.photo === true);
        if (removed) throw removedError();
        return read;
      } catch (error) {
        const failure = classify(error);
        if (failure instanceof CardError && failure.retryable && attempt < 2 && !removed) continue;
        if (failure instanceof CardError && (failure.code === "unreadable" || failure.code === "transmit-failed")) {
          if (removed || (await cardGoneWithin(backend, reader, options.removalGraceMs ?? 700))) throw removedError(failure);
        }
        throw failure;
      }
    }
  } finally {
    backend.off("card-removed", onRemoved);
  }
}

async function readOnce(backend: CardBackend, reader: string, photo: boolean): Promise<CardRead> {
  const started = performance.now();
  let session: CardSession | undefined;
  try {
    session = await backend.connect(reader);
    const { data, apdus } = await readThaiIdCard(session.transmit, { photo, atr: session.atr });
    const ms = Math.round(performance.now() - started);
    return { ...data, meta: { reader, atr: hex(session.atr), apdus, ms } };
  } finally {
    await session?.close();
  }
}

function removedError(cause?: unknown): CardError {
  return new CardError("card-removed", "The card was removed during the read", cause === undefined ? undefined : { cause });
}

/** Connect-time reader errors become card errors, except "no service / no reader". */
function classify(error: unknown): CardError | ReaderError {
  if (error instanceof CardError) return error;
  if (error instanceof ReaderError) {
    switch (error.code) {
      case "no-service":
      case "no-reader":
        return error;
      case "no-card":
      case "card-removed":
        return removedError(error);
      case "unresponsive-card":
        return new CardError("unreadable", "The card does not respond (inserted the wrong way round?)", { cause: error });
      default:
        return new CardError("transmit-failed", "Talking to the card failed", { cause: error, retryable: error.retryable });
    }
  }
  return new CardError("transmit-failed", "Talking to the card failed", { cause: error });
}

function cardGoneWithin(backend: CardBackend, reader: string, ms: number): Promise<boolean> {
  const present = () => backend.readers().some((state) => state.name === reader && state.cardPresent);
  if (!present()) return Promise.resolve(true);
  return new Promise((resolve) => {
    const onRemoved = (name: string) => {
      if (name !== reader) return;
      finish(true);
    };
    const timer = setTimeout(() => finish(!present()), ms);
    const finish = (gone: boolean) => {
      clearTimeout(timer);
      backend.off("card-removed", onRemoved);
      resolve(gone);
    };
    backend.on("card-removed", onRemoved);
  });
}
