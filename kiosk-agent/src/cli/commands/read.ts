import { chooseReader } from "../../agent/choose-reader.js";
import { readFromReader } from "../../agent/read-from-reader.js";
import { ReaderError } from "../../backend/errors.js";
import type { CardBackend } from "../../backend/types.js";
import { CardError } from "../../card/errors.js";
import { parseArgs } from "node:util";
import { asUsage, parseNumber } from "../args.js";
import { CliFailure, EXIT } from "../exit-codes.js";
import { NO_SERVICE_MESSAGE, openBackend } from "./open-pcsc.js";

const DEFAULT_TIMEOUT_S = 30;

export async function readCommand(args: string[], out: (line: string) => void): Promise<number> {
  const { values } = asUsage(() => parseArgs({ args, strict: true, allowPositionals: false, options: {
    reader: { type: "string" },
    photo: { type: "boolean" },
    timeout: { type: "string" },
  } }));
  const timeoutS = parseNumber("timeout", values.timeout, { min: 0.1, max: 86_400 }) ?? DEFAULT_TIMEOUT_S;
  const requested = values.reader === "virtual" ? undefined : values.reader;

  const backend = await openBackend(values.reader);
  try {
    const readers = backend.readers();
    if (readers.length === 0) throw new CliFailure(EXIT.noReader, "No card reader found");
    if (requested !== undefined && !readers.some((reader) => reader.name === requested)) {
      throw new CliFailure(EXIT.noReader, `Reader not found: ${requested}`);
    }
    const reader = await waitForCard(backend, requested, timeoutS);
    try {
      const read = await readFromReader({ backend, reader, photo: values.photo === true });
      out(JSON.stringify(read));
      return EXIT.ok;
    } catch (error) {
      if (error instanceof CardError) throw new CliFailure(EXIT.badCard, error.message);
      if (error instanceof ReaderError) throw new CliFailure(EXIT.noReader, error.message);
      throw error;
    }
  } finally {
    await backend.stop();
  }
}

/** Resolves with the reader holding a card; exit 4 at the timeout, 3 if pcscd goes away. */
function waitForCard(backend: CardBackend, requested: string | undefined, timeoutS: number): Promise<string> {
  const ready = chooseReader(backend.readers(), requested);
  if (ready?.cardPresent === true) return Promise.resolve(ready.name);
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      backend.off("card-inserted", onInserted);
      backend.off("service", onService);
    };
    const onInserted = (reader: string) => {
      if (requested !== undefined && reader !== requested) return;
      cleanup();
      resolve(reader);
    };
    const onService = (available: boolean) => {
      if (available) return;
      cleanup();
      reject(new CliFailure(EXIT.noReader, NO_SERVICE_MESSAGE));
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new CliFailure(EXIT.noCard, `No card inserted within ${timeoutS} s`));
    }, timeoutS * 1000);
    backend.on("card-inserted", onInserted);
    backend.on("service", onService);
  });
}
