/**
 * `npm run integrity -- <command>`: manage who may read corruption reports
 * (แจ้งเบาะแสการทุจริต, lib/integrity). Not in the admin pages on purpose: adding a reader
 * needs the server's shell, and the reader's password is typed by the reader.
 *
 *   recipient add --username STAFF_USERNAME [--division CODE] [--password-stdin]
 *   recipient list
 *   recipient remove --username STAFF_USERNAME
 */
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { dataFolderAnchor, resolveDatabaseUrl } from "@/lib/db/database-url";
import { addRecipient, listRecipients, removeRecipient } from "@/lib/integrity/recipients";
import { checkDataDirectory } from "./setup/check-data-directory";
import { migrateDatabase } from "./setup/migrate-database";
import { runMain } from "./setup/run-main";

const USAGE = `usage:
  npm run integrity -- recipient add --username STAFF_USERNAME [--division CODE] [--password-stdin]
  npm run integrity -- recipient list
  npm run integrity -- recipient remove --username STAFF_USERNAME`;

const MESSAGES: Record<string, string> = {
  noSuchStaff: "no staff account has that username (see `npm run staff -- list`)",
  inactiveStaff: "that staff account is deactivated",
  noSuchDivision: "no division has that code (PALAD, FINANCE, ENGINEERING, WELFARE, STRATEGY)",
  alreadyRecipient: "that staff member is a recipient already",
  notRecipient: "that staff member is not a recipient",
};

const LOST_PASSWORD =
  "Keep this password safe: it alone unlocks the recipient's key. There is no reset and no copy;\n" +
  "a lost password means the reports sealed to this recipient can no longer be read by them.\n" +
  "รหัสผ่านนี้เป็นทางเดียวที่เปิดกุญแจของผู้รับเรื่องได้ ไม่มีการรีเซ็ตหรือสำเนา หากลืมจะเปิดอ่านเรื่องที่ส่งถึงท่านไม่ได้อีก";

runMain(async () => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { username: { type: "string" }, division: { type: "string" }, "password-stdin": { type: "boolean" } },
  });
  const [noun, verb] = positionals;
  if (noun !== "recipient" || !verb || !["add", "list", "remove"].includes(verb) || (verb !== "list" && !values.username)) {
    console.error(USAGE);
    process.exit(2);
  }
  const database = resolveDatabaseUrl(process.env.DATABASE_URL, process.cwd());
  checkDataDirectory(dataFolderAnchor(database));
  await migrateDatabase(database);
  process.env.DATABASE_URL = database.url;

  if (verb === "list") {
    for (const r of await listRecipients()) console.log(`${r.id}\t${r.username}\t${r.division ?? "-"}\t${r.reports} report(s)\tsince ${r.createdAt.toISOString().slice(0, 10)}`);
    return;
  }
  if (verb === "remove") {
    const removed = await removeRecipient(values.username!);
    if (!removed.ok) fail(verb, removed.code);
    console.log(`removed recipient ${values.username}; ${removed.orphaned} report(s) were sealed to them alone and can no longer be read by anyone`);
    return;
  }
  const password = values["password-stdin"] ? await readStdin() : await promptTwice();
  const added = await addRecipient({ username: values.username!, divisionCode: values.division, password });
  if (!added.ok) fail(verb, added.code, added.message);
  console.log(`added ${values.username} as integrity recipient ${added.recipientId}${values.division ? ` (division ${values.division.toUpperCase()}: never sent reports accusing it)` : ""}`);
  console.log(LOST_PASSWORD);
});

function fail(verb: string, code: string, message?: string): never {
  console.error(`integrity recipient ${verb}: ${message ?? MESSAGES[code] ?? code}`);
  process.exit(1);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
}

/** Ask on the terminal without echo, twice, so a typo does not lock the reader out forever. */
async function promptTwice(): Promise<string> {
  if (!process.stdin.isTTY) fail("add", "", "no terminal to ask on: pipe the password with --password-stdin");
  const first = await promptHidden("recipient's password (at least 12 characters): ");
  const second = await promptHidden("again: ");
  if (first !== second) fail("add", "", "the two passwords differ");
  return first;
}

function promptHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput;
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => (s.startsWith(question) ? write.call(rl, s) : undefined);
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
  });
}
