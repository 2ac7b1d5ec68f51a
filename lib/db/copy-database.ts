import Database from "better-sqlite3";
import pg from "pg";

/** One table's outcome: rows in the source, rows written to the target. */
export type CopiedTable = { table: string; source: number; target: number };

export class CopyRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CopyRefused";
  }
}

type Column = { name: string; type: string };
type Table = { name: string; columns: Column[]; parents: string[]; selfColumns: string[] };

const MIGRATIONS_TABLE = "_prisma_migrations";
const q = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Copy every row of a SQLite database into a migrated, empty PostgreSQL database: tables in
 * foreign-key order, in one transaction (a failure leaves the target as empty as it was),
 * sequences moved past the copied ids, and each table's count compared. The source is
 * opened read-only, so it stays exactly as it was. Both must be at the same schema (the
 * caller migrates both first); the migration history is the target's own, never copied.
 */
export async function copySqliteToPostgres(sourceFile: string, targetUrl: string): Promise<CopiedTable[]> {
  const source = new Database(sourceFile, { readonly: true, fileMustExist: true });
  const target = new pg.Client({ connectionString: targetUrl });
  await target.connect();
  try {
    const tables = inForeignKeyOrder(await targetTables(target));
    const sourceTables = new Set((source.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name));
    const missing = tables.filter((t) => !sourceTables.has(t.name)).map((t) => t.name);
    if (missing.length > 0) throw new CopyRefused(`the source has no table ${missing.join(", ")}: migrate it first (npm start with DATABASE_URL=file:...)`);
    for (const table of tables) {
      const { rows } = await target.query<{ n: string }>(`SELECT count(*) AS n FROM ${q(table.name)}`);
      if (Number(rows[0]!.n) > 0) throw new CopyRefused(`the target's table ${table.name} already holds rows: copy into a new, empty database`);
    }
    await target.query("BEGIN");
    try {
      for (const table of tables) await copyTable(source, target, table);
      await target.query("COMMIT");
    } catch (error) {
      await target.query("ROLLBACK");
      throw error;
    }
    const counts: CopiedTable[] = [];
    for (const table of tables) {
      const from = source.prepare(`SELECT count(*) AS n FROM ${q(table.name)}`).get() as { n: number };
      const { rows } = await target.query<{ n: string }>(`SELECT count(*) AS n FROM ${q(table.name)}`);
      counts.push({ table: table.name, source: from.n, target: Number(rows[0]!.n) });
    }
    return counts;
  } finally {
    source.close();
    await target.end();
  }
}

async function targetTables(target: pg.Client): Promise<Table[]> {
  const columns = await target.query<{ table_name: string; column_name: string; data_type: string }>(
    `SELECT table_name, column_name, data_type FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name <> $1 ORDER BY table_name, ordinal_position`,
    [MIGRATIONS_TABLE],
  );
  const keys = await target.query<{ child: string; parent: string; column_name: string }>(
    `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent, a.attname AS column_name
     FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
     WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace`,
  );
  const unquote = (name: string) => name.replace(/^"|"$/g, "");
  const tables = new Map<string, Table>();
  for (const row of columns.rows) {
    const table = tables.get(row.table_name) ?? { name: row.table_name, columns: [], parents: [], selfColumns: [] };
    table.columns.push({ name: row.column_name, type: row.data_type });
    tables.set(row.table_name, table);
  }
  for (const key of keys.rows) {
    const table = tables.get(unquote(key.child))!;
    const parent = unquote(key.parent);
    if (parent === table.name) table.selfColumns.push(key.column_name);
    else if (!table.parents.includes(parent)) table.parents.push(parent);
  }
  return [...tables.values()];
}

/** Parents before children; a table that points at itself is handled row-wise (copyTable). */
export function inForeignKeyOrder<T extends { name: string; parents: string[] }>(tables: T[]): T[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const done = new Set<string>();
  const ordered: T[] = [];
  const visit = (table: T, path: string[]) => {
    if (done.has(table.name)) return;
    if (path.includes(table.name)) throw new Error(`foreign keys form a cycle: ${[...path, table.name].join(" -> ")}`);
    for (const parent of table.parents) if (byName.has(parent)) visit(byName.get(parent)!, [...path, table.name]);
    done.add(table.name);
    ordered.push(table);
  };
  for (const table of [...tables].sort((a, b) => a.name.localeCompare(b.name))) visit(table, []);
  return ordered;
}

const BATCH = 500;

async function copyTable(source: Database.Database, target: pg.Client, table: Table): Promise<void> {
  const names = table.columns.map((c) => c.name);
  const select = source.prepare(`SELECT ${names.map(q).join(", ")} FROM ${q(table.name)}`).raw(true);
  const self = new Set(table.selfColumns);
  const later: { id: unknown; column: string; value: unknown }[] = [];
  let batch: unknown[][] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const values: unknown[] = [];
    const tuples = batch.map((row) => `(${row.map((value) => `$${values.push(value)}`).join(", ")})`);
    await target.query(`INSERT INTO ${q(table.name)} (${names.map(q).join(", ")}) VALUES ${tuples.join(", ")}`, values);
    batch = [];
  };
  for (const raw of select.iterate() as Iterable<unknown[]>) {
    const row = raw.map((value, i) => toPostgres(value, table.columns[i]!.type));
    // A row may point at a later row of its own table (a request merged into a newer one):
    // written empty first, the link set once every row exists.
    for (const column of self) {
      const i = names.indexOf(column);
      if (row[i] !== null) later.push({ id: row[names.indexOf("id")], column, value: row[i] });
      row[i] = null;
    }
    batch.push(row);
    if (batch.length * names.length >= BATCH * 10 || batch.length >= BATCH) await flush();
  }
  await flush();
  for (const link of later) await target.query(`UPDATE ${q(table.name)} SET ${q(link.column)} = $1 WHERE "id" = $2`, [link.value, link.id]);
  if (table.columns.some((c) => c.name === "id" && c.type === "integer")) {
    // Serial ids: the next insert must not collide with a copied id.
    await target.query(
      `SELECT setval(pg_get_serial_sequence($1, 'id'), COALESCE((SELECT MAX("id") FROM ${q(table.name)}), 1), (SELECT MAX("id") FROM ${q(table.name)}) IS NOT NULL)
       WHERE pg_get_serial_sequence($1, 'id') IS NOT NULL`,
      [q(table.name)],
    );
  }
}

/** SQLite keeps booleans as 0/1 and times as ISO text (or CURRENT_TIMESTAMP's UTC "YYYY-MM-DD HH:MM:SS", or epoch ms). */
export function toPostgres(value: unknown, type: string): unknown {
  if (value === null || value === undefined) return null;
  if (type === "boolean") return value === 1 || value === 1n || value === true || value === "1" || value === "true";
  if (type.startsWith("timestamp")) {
    const date = typeof value === "number" || typeof value === "bigint" ? new Date(Number(value)) : parseSqliteTime(String(value));
    if (Number.isNaN(date.getTime())) throw new Error(`not a time: ${String(value)}`);
    // timestamp(3) without time zone holds UTC (as Prisma writes it): never the local zone.
    return date.toISOString().replace("T", " ").replace("Z", "");
  }
  if (typeof value === "bigint") return value.toString();
  return value;
}

function parseSqliteTime(text: string): Date {
  if (/^\d+$/.test(text)) return new Date(Number(text));
  const zoned = /(Z|[+-]\d\d:?\d\d)$/.test(text) ? text : `${text.replace(" ", "T")}Z`;
  return new Date(zoned);
}
