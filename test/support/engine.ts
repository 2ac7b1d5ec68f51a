import { it } from "vitest";

/** Which engine this integration run is on (test/support/fresh-database.ts chose DATABASE_URL). */
export const onPostgres = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "");

/**
 * A test about SQLite itself (its file, WAL, PRAGMAs, disk-full handling): skipped on
 * PostgreSQL, where the server, not this process, owns the files. Each use says why.
 */
export const itOnSqlite = it.skipIf(onPostgres);
