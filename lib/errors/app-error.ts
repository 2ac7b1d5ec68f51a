/**
 * Expected failures that a person can do something about, with a code the screens word in
 * the reader's language. Anything else is a bug: logged, and shown as a generic message.
 */
export class AppError<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    readonly details: Record<string, unknown> = {},
  ) {
    super(code);
    this.name = "AppError";
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
