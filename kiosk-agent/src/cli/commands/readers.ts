import { parseArgs } from "node:util";
import { asUsage } from "../args.js";
import { CliFailure, EXIT } from "../exit-codes.js";
import { openBackend } from "./open-pcsc.js";

export async function readersCommand(args: string[], out: (line: string) => void): Promise<number> {
  asUsage(() => parseArgs({ args, strict: true, allowPositionals: false, options: {} }));
  const backend = await openBackend(undefined);
  try {
    const readers = backend.readers();
    if (readers.length === 0) throw new CliFailure(EXIT.noReader, "No card reader found");
    for (const reader of readers) out(reader.name);
    return EXIT.ok;
  } finally {
    await backend.stop();
  }
}
