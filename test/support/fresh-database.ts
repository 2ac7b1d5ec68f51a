import fs from "node:fs";
import path from "node:path";
import { inject } from "vitest";
import { onServer, quoted, withDatabase } from "./postgres";

// Each integration test file gets its own copy of the migrated template database, chosen
// before any application module is imported (lib/db/client.ts reads DATABASE_URL once).
const template = inject("templateDatabase");
// In a folder of its own: the data folder holds the attachments too (data/files), which
// another file's tests must not see.
const id = `${process.pid}_${Math.random().toString(36).slice(2)}`;
const folder = path.join(inject("testFolder"), `test-${id}`);
fs.mkdirSync(folder, { recursive: true });
const file = path.join(folder, "ko.db");
if (template.startsWith("file:")) {
  fs.copyFileSync(template.slice("file:".length), file);
  process.env.DATABASE_URL = `file:${file}`;
} else {
  const name = `${inject("postgresPrefix")}_${id}`;
  const server = new URL(template);
  const templateName = server.pathname.slice(1);
  // The maintenance database of the same server (the template itself must have no connections).
  server.pathname = "/postgres";
  await onServer(server.toString(), (client) => client.query(`CREATE DATABASE ${quoted(name)} TEMPLATE ${quoted(templateName)}`));
  process.env.DATABASE_URL = withDatabase(template, name);
  process.env.DATA_DIR = folder;
}
// Its own data key too (made on first use; removed with the template's folder).
process.env.DATA_KEY_FILE = `${file}.keys/data.key`;
