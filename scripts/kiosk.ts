/**
 * `npm run kiosk -- <command>`: manage the kiosk PCs whose card reads the server trusts.
 *
 *   enroll --name "Counter 1" --public-key <base64 key from `kiosk-agent identity`>
 *   revoke --name "Counter 1"
 *   list
 *   display-url --name waiting-room   the address an enrolled waiting-room display opens
 */
import { parseArgs } from "node:util";
import { dataFolderAnchor, resolveDatabaseUrl } from "@/lib/db/database-url";
import { isAppError } from "@/lib/errors/app-error";
import { enrollKiosk, listKiosks, revokeKiosk } from "@/lib/kiosk/devices";
import { displayDeviceToken, isDisplayName } from "@/lib/live/display-device";
import { checkDataDirectory } from "./setup/check-data-directory";
import { migrateDatabase } from "./setup/migrate-database";
import { runMain } from "./setup/run-main";

const USAGE = `usage:
  npm run kiosk -- enroll --name NAME --public-key KEY
  npm run kiosk -- revoke --name NAME
  npm run kiosk -- list
  npm run kiosk -- display-url --name NAME   (NAME: lowercase letters, digits, hyphens)`;

const MESSAGES: Record<string, string> = {
  invalid_name: "the name must be 1 to 60 characters",
  invalid_public_key: "that is not an Ed25519 public key: copy the public-key line that `kiosk-agent identity` prints",
  name_taken: "another kiosk already has that name",
  already_enrolled: "this key is already enrolled",
  not_found: "no kiosk has that name (see `npm run kiosk -- list`)",
};

runMain(async () => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { name: { type: "string" }, "public-key": { type: "string" } },
  });
  const [command] = positionals;
  if (!command || !["enroll", "revoke", "list", "display-url"].includes(command)) {
    console.error(USAGE);
    process.exit(2);
  }
  const database = resolveDatabaseUrl(process.env.DATABASE_URL, process.cwd());
  checkDataDirectory(dataFolderAnchor(database));
  await migrateDatabase(database);
  process.env.DATABASE_URL = database.url;

  if (command === "display-url") {
    if (!values.name || !isDisplayName(values.name)) {
      console.error(USAGE);
      process.exit(2);
    }
    const base = (process.env.PUBLIC_URL ?? "http://localhost:3000").replace(/\/+$/, "");
    console.log(`${base}/display?device=${displayDeviceToken(values.name)}`);
    return;
  }

  try {
    if (command === "list") {
      for (const kiosk of await listKiosks()) {
        const state = kiosk.revokedAt ? `revoked ${kiosk.revokedAt.toISOString()}` : "active";
        console.log(`${kiosk.name}\t${kiosk.deviceId}\t${state}`);
      }
      return;
    }
    if (!values.name || (command === "enroll" && !values["public-key"])) {
      console.error(USAGE);
      process.exit(2);
    }
    if (command === "enroll") {
      const kiosk = await enrollKiosk(values.name, values["public-key"]!);
      console.log(`enrolled "${kiosk.name}" (device ${kiosk.deviceId})`);
    } else {
      const kiosk = await revokeKiosk(values.name);
      console.log(`revoked "${kiosk.name}" (device ${kiosk.deviceId}): its card reads are no longer accepted`);
    }
  } catch (error) {
    if (!isAppError(error)) throw error;
    const extra = error.code === "already_enrolled" ? ` as "${String(error.details.name)}"` : "";
    console.error(`kiosk ${command}: ${MESSAGES[error.code] ?? error.code}${extra}`);
    process.exit(1);
  }
});
