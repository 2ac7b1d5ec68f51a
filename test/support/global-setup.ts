import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { onServer, quoted, testPostgresUrl, withDatabase } from "./postgres";

/**
 * Build one template database with the committed migrations, applied by Prisma Migrate
 * itself, so every integration test file starts from exactly what production gets.
 * Test files copy it (test/support/fresh-database.ts) instead of migrating again.
 * SQLite by default; a PostgreSQL template database when TEST_DATABASE_URL is postgresql://.
 */
export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ko-test-"));
  const server = testPostgresUrl();
  // One prefix per run: the teardown drops this run's databases and no one else's.
  const prefix = `ko_test_${process.pid}_${Date.now().toString(36)}`;
  const template = server ? withDatabase(server, `${prefix}_template`) : `file:${path.join(dir, "template.db")}`;
  if (server) await onServer(server, (client) => client.query(`CREATE DATABASE ${quoted(`${prefix}_template`)}`));
  execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: template, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    stdio: "pipe",
  });
  project.provide("templateDatabase", template);
  project.provide("testFolder", dir);
  project.provide("postgresPrefix", prefix);
  return async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    if (server) await dropDatabases(server, prefix);
  };
}

async function dropDatabases(server: string, prefix: string): Promise<void> {
  await onServer(server, async (client) => {
    const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`${prefix}%`]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${quoted(datname)} WITH (FORCE)`);
  });
}

declare module "vitest" {
  export interface ProvidedContext {
    /** file:/…/template.db, or postgresql://…/<prefix>_template */
    templateDatabase: string;
    testFolder: string;
    postgresPrefix: string;
  }
}
