import pg from "pg";

/**
 * PostgreSQL for the integration suite. TEST_DATABASE_URL=postgresql://user:pw@host/db names
 * a server and a role allowed to create databases; each test file then gets a database of
 * its own, cloned from one migrated template (CREATE DATABASE ... TEMPLATE copies files,
 * far faster than migrating again), as the SQLite run copies one migrated file.
 */
export function testPostgresUrl(env: NodeJS.ProcessEnv = process.env): string | null {
  const url = env.TEST_DATABASE_URL?.trim();
  return url && /^postgres(ql)?:\/\//.test(url) ? url : null;
}

/** The same server and role, another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Run statements on the server's maintenance connection (the URL's own database). */
export async function onServer<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Database names are made by us (letters, digits, underscores), so quoting is enough. */
export const quoted = (name: string) => `"${name.replaceAll('"', "")}"`;
