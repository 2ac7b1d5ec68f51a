import fs from "node:fs";
import path from "node:path";
import { createDatabaseClient } from "@/lib/db/client";
import type { DatabaseLocation } from "@/lib/db/database-url";
import { resealApplicants, keyIdsInUse } from "@/lib/requests/reseal-applicants";
import { DataKeyError, dataKeyFile, dataKeyring, forgetDataKeys } from "@/lib/security/data-key";
import { SetupError } from "./setup-error";

/**
 * Before serving: find the data key (lib/security/data-key.ts) and prove it opens this
 * database's records, then seal any applicant record still in plaintext (from before
 * encryption, or a restored old backup). A missing or wrong key stops the start with one
 * line: making a new key then would leave every earlier record unreadable.
 */
export async function checkDataKey(database: DatabaseLocation, root: string, log: (line: string) => void): Promise<void> {
  const fromEnv = Boolean(process.env.DATA_KEY?.trim());
  const keyFile = dataKeyFile(process.env, root);
  if (!fromEnv) {
    const { dataFolder } = database;
    if (keyFile.startsWith(`${dataFolder}${path.sep}`)) {
      throw new SetupError(`the data key ${keyFile} is inside the data folder ${dataFolder}, so a copy of that folder would carry its key; move it elsewhere and set DATA_KEY_FILE (default ${path.join(root, "keys", "data.key")})`);
    }
    // The server and the agent it starts resolve the same file whatever their directory.
    process.env.DATA_KEY_FILE = keyFile;
  }
  const db = createDatabaseClient(database.url);
  try {
    const needed = await keyIdsInUse(db);
    const where = fromEnv ? "DATA_KEY" : keyFile;
    if (!fromEnv && !fs.existsSync(keyFile) && needed.length > 0) {
      throw new SetupError(`the data key file ${keyFile} is missing, but the database holds applicant records sealed with key ${needed.join(", ")}: restore the key file from its backup (or set DATA_KEY_FILE to it); without it those records cannot be read`);
    }
    forgetDataKeys();
    let keys;
    try {
      keys = dataKeyring().keys;
    } catch (error) {
      if (error instanceof DataKeyError) throw new SetupError(`${error.message}; restore the key file from its backup`);
      throw error;
    }
    const missing = needed.filter((id) => !keys.has(id));
    if (missing.length > 0) {
      throw new SetupError(`the data key in ${where} is not the one this database's applicant records were sealed with (they need key ${missing.join(", ")}): restore the right key file from its backup`);
    }
    if (process.env.KO_BENCH_UNENCRYPTED_APPLICANT === "1") {
      log("WARNING: KO_BENCH_UNENCRYPTED_APPLICANT=1: applicant records are stored unencrypted (benchmarks only)");
      return;
    }
    const { resealed, unreadable } = await resealApplicants(db);
    if (resealed > 0) log(`encrypted ${resealed} applicant record(s) under data key ${dataKeyring().current.id}`);
    if (unreadable.length > 0) log(`WARNING: ${unreadable.length} applicant record(s) cannot be opened with the data key (changed bytes): ${unreadable.slice(0, 10).join(", ")}`);
  } finally {
    await db.$disconnect();
  }
}
