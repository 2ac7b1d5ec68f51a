import path from "node:path";
import { z } from "zod";
import { resolveDatabaseUrl } from "@/lib/db/database-url";

const env = z.object({
  INTEGRITY_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
});

/** Days a closed report is kept before it is destroyed (GlobaLeaks' default: 90). */
export function retentionDays(source: NodeJS.ProcessEnv = process.env): number {
  return env.parse({ INTEGRITY_RETENTION_DAYS: source.INTEGRITY_RETENTION_DAYS || undefined }).INTEGRITY_RETENTION_DAYS;
}

/** Encrypted report files: in the data folder beside the database, apart from request files. */
export function integrityFolder(source: NodeJS.ProcessEnv = process.env): string {
  return path.join(resolveDatabaseUrl(source.DATABASE_URL, process.cwd(), source).dataFolder, "integrity");
}
