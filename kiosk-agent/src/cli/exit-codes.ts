/** The CLI's exit codes: a contract tested from outside (issue 3). */
export const EXIT = {
  ok: 0,
  /** Unexpected failure (e.g. the port of `serve` is taken). */
  failure: 1,
  usage: 2,
  /** No PC/SC service, or no reader. */
  noReader: 3,
  /** No card before the timeout. */
  noCard: 4,
  /** Not a Thai ID card, unreadable, or removed during the read. */
  badCard: 5,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Failures print exactly one line on stderr; this carries it with its exit code. */
export class CliFailure extends Error {
  override readonly name = "CliFailure";
  constructor(
    readonly exitCode: ExitCode,
    message: string,
  ) {
    super(message);
  }
}

export function usage(message: string): CliFailure {
  return new CliFailure(EXIT.usage, `${message} (see kiosk-agent --help)`);
}
