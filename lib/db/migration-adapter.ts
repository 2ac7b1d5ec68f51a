import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

type Factory = PrismaBetterSQLite3;
type Adapter = Awaited<ReturnType<Factory["connect"]>>;

/**
 * The SQLite adapter for the Prisma CLI only.
 *
 * Prisma 6.19's JS schema engine replays each migration file on the shadow database with a
 * single `executeRaw`, but better-sqlite3 prepares one statement at a time, so every
 * multi-statement migration fails with "External error" (P3006) in `migrate dev` and
 * `migrate diff --from-migrations`. Running argument-less raw SQL as a script fixes that
 * without touching how the application talks to the database.
 */
export function migrationAdapter(url: string): Factory {
  const factory = new PrismaBetterSQLite3({ url });
  const connect = factory.connect.bind(factory);
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  return Object.assign(factory, {
    connect: async () => runScriptsWhole(await connect()),
    connectToShadowDb: async () => runScriptsWhole(await connectToShadowDb()),
  });
}

function runScriptsWhole(adapter: Adapter): Adapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    if (query.args.length === 0 && hasSeveralStatements(query.sql)) {
      await adapter.executeScript(query.sql);
      return 0;
    }
    return executeRaw(query);
  };
  return adapter;
}

function hasSeveralStatements(sql: string): boolean {
  return sql.trim().replace(/;\s*$/, "").includes(";");
}
