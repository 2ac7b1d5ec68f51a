/** A problem with how the system was set up: printed as one line, never as a stack trace. */
export class SetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SetupError";
  }
}
