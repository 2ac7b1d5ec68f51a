import path from "node:path";
import { dataFolderAnchor, describeDatabase, resolveDatabaseUrl } from "@/lib/db/database-url";
import { checkDataDirectory } from "./check-data-directory";
import { checkDataKey } from "./check-data-key";
import { checkPortFree, parsePort } from "./check-port";
import { migrateDatabase } from "./migrate-database";
import { seedIfEmpty } from "./seed-if-empty";

const ROOT = path.resolve(__dirname, "..", "..");

/** dataFolder: where the agent's config, attachments and secrets live beside the database. */
export type Prepared = { port: number; dataFolder: string };

/**
 * Everything `npm start` and `npm run dev` do before serving: check the set-up, apply
 * pending migrations, seed a new database. Problems throw SetupError (one line).
 */
export async function prepare(log: (line: string) => void): Promise<Prepared> {
  const port = parsePort(process.env.PORT);
  const database = resolveDatabaseUrl(process.env.DATABASE_URL, ROOT);
  const { warning } = checkDataDirectory(dataFolderAnchor(database));
  if (warning) log(`WARNING: ${warning}`);
  await checkPortFree(port);

  const { applied } = await migrateDatabase(database);
  if (applied.length > 0) log(`database ${describeDatabase(database)}: applied ${applied.length} migration(s)`);
  if (await seedIfEmpty(database.url)) log("new database: added the divisions, services and holidays");
  await checkDataKey(database, ROOT, log);

  // The server and everything it loads use the resolved, absolute location.
  process.env.DATABASE_URL = database.url;
  process.env.PORT = String(port);
  return { port, dataFolder: database.dataFolder };
}
