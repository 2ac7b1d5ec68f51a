/**
 * `npm run keys:rotate`: replace the data key that encrypts applicant records
 * (lib/security/rotate-data-key.ts). Safe while the server runs. Back up the new key file
 * (apart from the database backups) as soon as it finishes.
 */
import { parseArgs } from "node:util";
import { dataFolderAnchor, resolveDatabaseUrl } from "@/lib/db/database-url";
import { checkDataDirectory } from "./setup/check-data-directory";
import { migrateDatabase } from "./setup/migrate-database";

const USAGE = "usage: npm run keys:rotate";

async function main() {
  const { positionals } = parseArgs({ allowPositionals: true });
  if (positionals[0] !== "rotate") {
    console.error(USAGE);
    process.exit(2);
  }
  const database = resolveDatabaseUrl(process.env.DATABASE_URL, process.cwd());
  checkDataDirectory(dataFolderAnchor(database));
  await migrateDatabase(database);
  process.env.DATABASE_URL = database.url;
  const { db } = await import("@/lib/db/client");
  const { rotateDataKey } = await import("@/lib/security/rotate-data-key");
  try {
    const result = await rotateDataKey(db, { log: (line) => console.log(`[ko] ${line}`) });
    console.log(`[ko] data key is now ${result.newKey}: back up the key file now, apart from the database backups`);
    if (result.keptOldKeys) process.exitCode = 1;
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(`[ko] key rotation stopped: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
