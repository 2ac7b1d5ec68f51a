import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { resolveDatabaseUrl } from "@/lib/db/database-url";

/**
 * The server's own secret, for keyed hashes of citizen IDs. Never in git: APP_SECRET from
 * the environment, or a random one made on first use and kept (mode 0600) next to the
 * database, so it lives and is backed up with the data it protects.
 */
let cached: Buffer | undefined;

export function appSecret(): Buffer {
  if (cached) return cached;
  const fromEnv = process.env.APP_SECRET;
  if (fromEnv && fromEnv.length >= 32) {
    cached = Buffer.from(fromEnv, "utf8");
    return cached;
  }
  const { dataFolder } = resolveDatabaseUrl(process.env.DATABASE_URL, process.cwd());
  const secretFile = path.join(dataFolder, "app-secret.key");
  try {
    fs.writeFileSync(secretFile, randomBytes(32).toString("base64"), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  cached = Buffer.from(fs.readFileSync(secretFile, "utf8").trim(), "base64");
  return cached;
}
