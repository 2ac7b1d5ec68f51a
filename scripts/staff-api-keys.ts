import { parseArgs } from "node:util";
import { isAppError } from "@/lib/errors/app-error";
import { createApiKey, listApiKeys, revokeApiKey } from "@/lib/open311/api-keys";

/**
 * `npm run staff -- api-key add|list|revoke`: keys for other systems that file through
 * Open311. `add` prints the key once, as its last line: only a hash of it is kept.
 */
export const API_KEY_USAGE = `  npm run staff -- api-key add --name NAME [--service CODE ...]
  npm run staff -- api-key list
  npm run staff -- api-key revoke --name NAME`;

const MESSAGES: Record<string, string> = {
  invalid_name: "the name must be 3 to 80 characters",
  name_taken: "another key already has that name",
  unknown_service: "there is no service with code",
  not_found: "no key has that name (see `npm run staff -- api-key list`)",
};

export async function runApiKeyCommand(args: string[]): Promise<void> {
  const { positionals, values } = parseArgs({ args, allowPositionals: true, options: { name: { type: "string" }, service: { type: "string", multiple: true } } });
  const [command] = positionals;
  if (!["add", "list", "revoke"].includes(command ?? "") || (command !== "list" && !values.name)) {
    console.error(`usage:\n${API_KEY_USAGE}`);
    process.exit(2);
  }
  try {
    if (command === "list") {
      for (const key of await listApiKeys()) {
        const state = key.revokedAt ? `revoked ${key.revokedAt.toISOString()}` : "active";
        const used = key.lastUsedAt ? `last used ${key.lastUsedAt.toISOString()}` : "never used";
        console.log(`${key.name}\t${key.services.join(",") || "every Open311 service"}\t${state}\t${used}`);
      }
    } else if (command === "add") {
      const { key, info } = await createApiKey({ name: values.name!, services: values.service ?? [] }, "cli");
      console.log(`added key "${info.name}" for ${info.services.join(", ") || "every service offered through Open311"}.`);
      console.log("Give it to the other system now: it is not shown again (only its hash is kept). Key:");
      console.log(key);
    } else {
      const key = await revokeApiKey(values.name!, "cli");
      console.log(`revoked "${key.name}": its next request is refused.`);
    }
  } catch (error) {
    if (!isAppError(error)) throw error;
    const extra = error.code === "unknown_service" ? ` ${(error.details.codes as string[]).join(", ")}` : "";
    console.error(`staff api-key ${command}: ${MESSAGES[error.code] ?? error.code}${extra}`);
    process.exit(1);
  }
}
