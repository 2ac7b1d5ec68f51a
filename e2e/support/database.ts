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
