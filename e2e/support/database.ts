import Database from "better-sqlite3";

/** Read the running server's database directly, to check what a screen claims. */
export function queryDatabase<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(process.env.E2E_DATABASE!, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** Change the running server's database directly, for what a test cannot wait for (a month ending). */
export function changeDatabase(sql: string, ...params: unknown[]): number {
  const db = new Database(process.env.E2E_DATABASE!, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 5000");
    return db.prepare(sql).run(...params).changes;
  } finally {
    db.close();
  }
}
