/**
 * `npm run staff -- <command>`: staff accounts from the server's shell. There are no
 * default passwords: `add` and `reset` print a one-time password as their last line, and
 * the person must choose their own at first sign-in.
 *
 *   add --username NAME --role ADMIN|HEAD|OFFICER|COUNTER [--division CODE ...] [--name "Display Name"]
 *   reset --username NAME [--two-factor]     forgotten password (clears a lockout; --two-factor: lost phone)
 *   deactivate --username NAME | reactivate --username NAME
 *   list
 *   api-key add --name NAME [--service CODE ...] | api-key list | api-key revoke --name NAME   (Open311 keys)
 */
import { parseArgs } from "node:util";
import { dataFolderAnchor, resolveDatabaseUrl } from "@/lib/db/database-url";
import { isAppError } from "@/lib/errors/app-error";
import { createStaffAccount, listStaffAccounts, resetStaffPassword, setStaffActive } from "@/lib/staff/accounts";
import { ROLES } from "@/lib/staff/roles";
import { checkDataDirectory } from "./setup/check-data-directory";
import { migrateDatabase } from "./setup/migrate-database";
import { runMain } from "./setup/run-main";
import { seedIfEmpty } from "./setup/seed-if-empty";
import { API_KEY_USAGE, runApiKeyCommand } from "./staff-api-keys";

const USAGE = `usage:
  npm run staff -- add --username NAME --role ${ROLES.join("|")} [--division CODE ...] [--name "Display Name"]
  npm run staff -- reset --username NAME [--two-factor]
  npm run staff -- deactivate --username NAME
  npm run staff -- reactivate --username NAME
  npm run staff -- list
${API_KEY_USAGE}`;

const COMMANDS = ["add", "reset", "deactivate", "reactivate", "list"];

const MESSAGES: Record<string, string> = {
  invalid_username: "the username must be 3 to 30 characters: lower-case letters, digits, dot or underscore",
  username_taken: "another account already has that username",
  invalid_role: `the role must be one of ${ROLES.join(", ")}`,
  invalid_display_name: "the name must be 1 to 80 characters",
  unknown_division: "there is no division with code",
  not_found: "no account has that username (see `npm run staff -- list`)",
  last_admin: "this is the only active ADMIN: add another ADMIN first",
};

runMain(async () => {
  if (process.argv[2] === "api-key") {
    await prepareDatabase();
    return runApiKeyCommand(process.argv.slice(3));
  }
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      username: { type: "string" },
      role: { type: "string" },
      division: { type: "string", multiple: true },
      name: { type: "string" },
      "two-factor": { type: "boolean" },
    },
  });
  const [command] = positionals;
  if (!command || !COMMANDS.includes(command) || (command !== "list" && !values.username) || (command === "add" && !values.role)) {
    console.error(USAGE);
    process.exit(2);
  }
  await prepareDatabase();

  try {
    if (command === "list") {
      for (const row of await listStaffAccounts()) {
        const state = [
          row.active ? "active" : "deactivated",
          row.mustChangePassword ? "one-time password" : null,
          row.twoFactorEnabled ? "authenticator app" : null,
          row.lockedUntil ? `locked until ${row.lockedUntil.toISOString()}` : null,
        ].filter(Boolean);
        console.log(`${row.username}\t${row.role}\t${row.divisionCodes.join(",") || "-"}\t${row.displayName}\t${state.join(", ")}`);
      }
      return;
    }
    const username = values.username!;
    if (command === "add") {
      const account = await createStaffAccount({ username, role: values.role!, divisionCodes: values.division ?? [], displayName: values.name }, "cli");
      const divisions = account.divisionCodes.length > 0 ? ` in ${account.divisionCodes.join(", ")}` : "";
      console.log(`added ${account.username} (${account.role}${divisions}); they must choose a new password at first sign-in.`);
      if (account.role === "ADMIN") console.log("As an ADMIN they will also set up an authenticator app before anything else.");
      console.log("One-time password:");
      console.log(account.oneTimePassword);
    } else if (command === "reset") {
      const reset = await resetStaffPassword({ username }, "cli", { removeTwoFactor: values["two-factor"] === true });
      const twoFactor = reset.twoFactorRemoved ? ", authenticator app removed" : "";
      console.log(`reset ${reset.username}: lockout cleared, signed out everywhere${twoFactor}; they must choose a new password at sign-in.`);
      console.log("One-time password:");
      console.log(reset.oneTimePassword);
    } else {
      const changed = await setStaffActive({ username }, command === "reactivate", "cli");
      console.log(changed.active ? `reactivated ${changed.username}` : `deactivated ${changed.username}: signed out everywhere, sign-in refused`);
    }
  } catch (error) {
    if (!isAppError(error)) throw error;
    const extra = error.code === "unknown_division" ? ` "${String(error.details.code)}"` : "";
    console.error(`staff ${command}: ${MESSAGES[error.code] ?? error.code}${extra}`);
    process.exit(1);
  }
});

async function prepareDatabase(): Promise<void> {
  const database = resolveDatabaseUrl(process.env.DATABASE_URL, process.cwd());
  checkDataDirectory(dataFolderAnchor(database));
  await migrateDatabase(database);
  // The first account is often made before the first `npm start`: divisions must exist.
  await seedIfEmpty(database.url);
  process.env.DATABASE_URL = database.url;
}
