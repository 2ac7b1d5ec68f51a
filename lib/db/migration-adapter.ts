import { randomUUID } from "node:crypto";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { DatabaseLocation } from "./database-url";

type Factory = PrismaBetterSQLite3;
type Adapter = Awaited<ReturnType<Factory["connect"]>>;

/**
 * The adapter for the Prisma CLI only.
 *
 * SQLite: Prisma 6.19's JS schema engine replays each migration file on the shadow database
 * with a single `executeRaw`, but better-sqlite3 prepares one statement at a time, so every
 * multi-statement migration fails with "External error" (P3006) in `migrate dev` and
 * `migrate diff --from-migrations`. Running argument-less raw SQL as a script fixes that
 * without touching how the application talks to the database. PostgreSQL's simple query
 * protocol runs several statements in one query, so pg needs no such help.
 */
export function migrationAdapter(database: DatabaseLocation): Factory | PrismaPg {
  if (database.kind === "postgresql") return catalogTypesAsText(withShadowDatabase(database.url));
  const factory = new PrismaBetterSQLite3({ url: database.url });
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

type PgAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type PgResult = { fields?: { dataTypeID: number }[] };

/**
 * PostgreSQL's catalogue types as text: the schema engine reads information_schema and
 * pg_catalog, whose `name` and `"char"` columns @prisma/adapter-pg 6.19 refuses ("Column type
 * 'name' could not be deserialized", prisma/orm#27403), so `migrate deploy` fails on an
 * empty database. Both are text on the wire; the app's own tables never use them.
 */
const AS_TEXT = new Map([[18, 25], [19, 25], [24, 25], [194, 25], [2206, 25], [1002, 1009], [1003, 1009]]);

function catalogTypesAsText(factory: PrismaPg): PrismaPg {
  const patch = (adapter: PgAdapter): PgAdapter => {
    // performIO lives on the queryable base class that transactions share: patch it there once.
    const base = Object.getPrototypeOf(Object.getPrototypeOf(adapter)) as { performIO: (q: unknown) => Promise<PgResult | PgResult[]>; koPatched?: boolean };
    if (!base.koPatched) {
      const performIO = base.performIO;
      base.performIO = async function (this: unknown, query: unknown) {
        const result = await performIO.call(this, query);
        // A multi-statement script answers with one result per statement.
        for (const each of Array.isArray(result) ? result : [result]) {
          for (const field of each.fields ?? []) field.dataTypeID = AS_TEXT.get(field.dataTypeID) ?? field.dataTypeID;
        }
        return result;
      };
      base.koPatched = true;
    }
    return adapter;
  };
  const connect = factory.connect.bind(factory);
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  return Object.assign(factory, {
    connect: async () => patch(await connect()),
    connectToShadowDb: async () => patch(await connectToShadowDb()),
  });
}

/**
 * adapter-pg 6.19 makes its shadow database by spreading `{ database }` over the config, which
 * a connection string overrides, so the "shadow" is the real database and `migrate diff
 * --from-migrations` fails with "relation already exists". Ours connects to the new one.
 */
function withShadowDatabase(url: string): PrismaPg {
  const factory = new PrismaPg({ connectionString: url });
  return Object.assign(factory, {
    async connectToShadowDb() {
      const admin = await new PrismaPg({ connectionString: url }).connect();
      const name = `ko_shadow_${randomUUID().replaceAll("-", "")}`;
      await admin.executeScript(`CREATE DATABASE "${name}"`);
      const shadowUrl = new URL(url);
      shadowUrl.pathname = `/${name}`;
      const shadow = await new PrismaPg({ connectionString: shadowUrl.toString() }).connect();
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await admin.executeScript(`DROP DATABASE IF EXISTS "${name}"`);
        await admin.dispose();
      };
      return shadow;
    },
  });
}
