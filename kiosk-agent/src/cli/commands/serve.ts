import { stderrLogger, type Logger } from "../../logger.js";
import { ReaderError } from "../../backend/errors.js";
import { DEFAULT_PORT, startAgent } from "../../server/start-agent.js";
import { normalizeOrigin } from "../../server/origin.js";
import { parseArgs } from "node:util";
import { asUsage, parseNumber } from "../args.js";
import { CliFailure, EXIT, usage } from "../exit-codes.js";
import { untilSignal, untilStdinCloses } from "./signals.js";

export async function serveCommand(args: string[], out: (line: string) => void): Promise<number> {
  const { values } = asUsage(() => parseArgs({ args, strict: true, allowPositionals: false, options: {
    port: { type: "string" },
    "allow-origin": { type: "string", multiple: true },
    reader: { type: "string" },
    quiet: { type: "boolean" },
    "no-demo": { type: "boolean" },
    "exit-with-stdin": { type: "boolean" },
  } }));
  const port = parseNumber("port", values.port, { min: 0, max: 65_535, integer: true }) ?? DEFAULT_PORT;
  const origins = values["allow-origin"] ?? [];
  if (origins.length === 0) throw usage("serve needs at least one --allow-origin URL");
  for (const origin of origins) {
    try {
      normalizeOrigin(origin);
    } catch {
      throw usage(`not an http(s) origin: ${origin}`);
    }
  }
  // Operational lines only (reader attached, read took N ms); card data is never logged.
  const logger: Logger = values.quiet === true ? { ...stderrLogger(), info: () => {} } : stderrLogger();

  let agent;
  try {
    agent = await startAgent({ port, allowOrigins: origins, reader: values.reader ?? "auto", logger, demo: values["no-demo"] !== true });
  } catch (error) {
    if (error instanceof ReaderError) throw new CliFailure(EXIT.noReader, error.message);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE") throw new CliFailure(EXIT.failure, `Port ${port} on 127.0.0.1 is already in use`);
    throw error;
  }
  out(`kiosk-agent listening on ${agent.url} (mode ${agent.mode}, device ${agent.deviceId})`);
  // Run by a parent (`npm start`) that holds our stdin: when the parent dies, even by
  // kill -9, the pipe closes and the agent ends instead of holding its port as an orphan.
  await (values["exit-with-stdin"] === true ? Promise.race([untilSignal(), untilStdinCloses()]) : untilSignal());
  await agent.close();
  return EXIT.ok;
}
