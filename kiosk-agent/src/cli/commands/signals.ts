/** Resolves on SIGINT or SIGTERM: long-running commands shut down cleanly on either. */
export function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const handler = (signal: NodeJS.Signals) => {
      process.off("SIGINT", handler);
      process.off("SIGTERM", handler);
      resolve(signal);
    };
    process.on("SIGINT", handler);
    process.on("SIGTERM", handler);
  });
}

/** Resolves when standard input ends: the parent that holds its other end has gone. */
export function untilStdinCloses(): Promise<void> {
  return new Promise((resolve) => {
    process.stdin.once("end", () => resolve());
    process.stdin.once("close", () => resolve());
    process.stdin.once("error", () => resolve());
    // Nothing is read from it; flowing mode is what makes "end" fire.
    process.stdin.resume();
  });
}
