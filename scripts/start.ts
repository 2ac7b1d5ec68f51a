/**
 * `npm start`: everything needed to run the system from a fresh clone.
 * Checks the set-up, applies pending migrations, seeds an empty database, builds once,
 * then serves on PORT (default 3000). Set-up problems print one line and exit 1.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { resolveDatabaseUrl, UnsupportedDatabaseUrlError } from "@/lib/db/database-url";
import { buildIfMissing } from "./setup/build-if-missing";
import { checkDataDirectory } from "./setup/check-data-directory";
import { checkPortFree, parsePort } from "./setup/check-port";
import { migrateDatabase } from "./setup/migrate-database";
import { seedIfEmpty } from "./setup/seed-if-empty";
import { SetupError } from "./setup/setup-error";

const ROOT = path.resolve(__dirname, "..");
const log = (line: string) => console.log(`[ko] ${line}`);

async function main(): Promise<void> {
  const started = Date.now();
  const port = parsePort(process.env.PORT);
  const database = resolveDatabaseUrl(process.env.DATABASE_URL, ROOT);
  checkDataDirectory(database.file);
  await checkPortFree(port);

  const { applied } = migrateDatabase(database.file);
  if (applied.length > 0) log(`database ${database.file}: applied ${applied.length} migration(s)`);
  if (await seedIfEmpty(database.url)) log("new database: added the divisions, services and holidays");
  buildIfMissing(log);

  const next = path.join(ROOT, "node_modules", ".bin", "next");
  const server = spawn(next, ["start", "--port", String(port)], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: database.url, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
  });
  log(`ready checks done in ${Date.now() - started} ms; serving on http://localhost:${port}`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => server.kill(signal));
  }
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

main().catch((error: unknown) => {
  if (error instanceof SetupError || error instanceof UnsupportedDatabaseUrlError) {
    console.error(`[ko] cannot start: ${error.message}`);
  } else {
    console.error("[ko] cannot start: unexpected error");
    console.error(error);
  }
  process.exit(1);
});
