import { createBackend } from "../../agent/create-backend.js";
import { ReaderError } from "../../backend/errors.js";
import type { CardBackend } from "../../backend/types.js";
import { VirtualBackend } from "../../virtual/virtual-backend.js";
import { CliFailure, EXIT } from "../exit-codes.js";

export const NO_SERVICE_MESSAGE = "The PC/SC service is not running: start pcscd";

/**
 * The backend for one-shot commands. Unlike `serve`, they never fall back to the virtual card
 * on their own: printing a fictional person when the reader is broken would be a lie. Only
 * `--reader virtual` reads the built-in card (inserted at once).
 */
export async function openBackend(reader: string | undefined): Promise<CardBackend> {
  if (reader === "virtual") {
    const backend = new VirtualBackend();
    await backend.start();
    backend.insert();
    return backend;
  }
  let backend: CardBackend;
  try {
    ({ backend } = await createBackend({ reader: "pcsc" }));
  } catch (error) {
    if (error instanceof ReaderError) throw new CliFailure(EXIT.noReader, error.message);
    throw error;
  }
  if (!backend.serviceAvailable) {
    await backend.stop();
    throw new CliFailure(EXIT.noReader, NO_SERVICE_MESSAGE);
  }
  return backend;
}
