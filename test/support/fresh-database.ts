import fs from "node:fs";
import path from "node:path";
import { inject } from "vitest";

// Each integration test file gets its own copy of the migrated template database, chosen
// before any application module is imported (lib/db/client.ts reads DATABASE_URL once).
const template = inject("templateDatabase");
// In a folder of its own: the data folder holds the attachments too (data/files), which
// another file's tests must not see.
const folder = path.join(path.dirname(template), `test-${process.pid}-${Math.random().toString(36).slice(2)}`);
fs.mkdirSync(folder, { recursive: true });
const file = path.join(folder, "ko.db");
fs.copyFileSync(template, file);
process.env.DATABASE_URL = `file:${file}`;
// Its own data key too (made on first use; removed with the template's folder).
process.env.DATA_KEY_FILE = `${file}.keys/data.key`;
