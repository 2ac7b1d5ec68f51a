import fs from "node:fs";
import path from "node:path";
import { SetupError } from "./setup-error";

/** Create the database's folder if needed and prove we can write there. */
export function checkDataDirectory(databaseFile: string): void {
  const directory = path.dirname(databaseFile);
  try {
    fs.mkdirSync(directory, { recursive: true });
    const probe = path.join(directory, `.write-test-${process.pid}`);
    fs.writeFileSync(probe, "");
    fs.rmSync(probe);
    if (fs.existsSync(databaseFile)) fs.accessSync(databaseFile, fs.constants.R_OK | fs.constants.W_OK);
  } catch (error) {
    const reason = error instanceof Error && "code" in error ? String(error.code) : "unknown error";
    throw new SetupError(
      `cannot write the database at ${databaseFile} (${reason}); make the folder writable or set DATABASE_URL=file:/a/writable/folder/ko.db`,
    );
  }
}
