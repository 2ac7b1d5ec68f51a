import { UnsupportedDatabaseUrlError } from "@/lib/db/database-url";
import { SetupError } from "./setup-error";

export const log = (line: string) => console.log(`[ko] ${line}`);

/** Run a command's main; set-up problems print one line, anything else its stack. */
export function runMain(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (error instanceof SetupError || error instanceof UnsupportedDatabaseUrlError) {
      console.error(`[ko] cannot start: ${error.message}`);
    } else {
      console.error("[ko] cannot start: unexpected error");
      console.error(error);
    }
    process.exit(1);
  });
}

/** Stop cleanly on Ctrl-C or a service manager's TERM. */
export function stopOnSignals(stop: () => Promise<void>): void {
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (stopping) process.exit(1);
      stopping = true;
      stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}
