/**
 * The injected logger. Silent by default so that embedding the agent (the web server starts
 * it in-process) adds no noise. Callers pass only operational facts: never card data.
 */
export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

const noop = (): void => {};

export const silentLogger: Logger = { debug: noop, info: noop, warn: noop, error: noop };

/** One line per event on stderr; used by the CLI so stdout stays for data. */
export function stderrLogger(options: { debug?: boolean } = {}): Logger {
  const write = (level: string) => (message: string, fields?: Record<string, unknown>) => {
    const extra = fields === undefined ? "" : ` ${JSON.stringify(fields)}`;
    process.stderr.write(`[kiosk-agent] ${level} ${message}${extra}\n`);
  };
  return {
    debug: options.debug === true ? write("debug") : noop,
    info: write("info"),
    warn: write("warn"),
    error: write("error"),
  };
}
