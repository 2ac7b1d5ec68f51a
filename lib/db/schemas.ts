/** The source of the models (SQLite) and the PostgreSQL schema derived from it. */
export const SQLITE_SCHEMA = "prisma/schema.prisma";
export const POSTGRESQL_SCHEMA = "prisma/postgresql/schema.prisma";

const HEADER = `// GENERATED from prisma/schema.prisma by \`npm run db:schemas\`: do not edit.
// Edit the models there, run \`npm run db:schemas\`, then \`npm run db:new-migration\`.

`;

/**
 * The PostgreSQL schema for the same models. Only the datasource and the generator's output
 * change: the models avoid provider-specific types (no enums, no Json, no @db.*), so the
 * two clients have the same API and the app can hold either behind one type.
 */
export function postgresqlSchema(sqlite: string): string {
  const swapped = replaceOnce(sqlite, /(datasource db \{[^}]*provider\s*=\s*)"sqlite"/, '$1"postgresql"');
  const moved = replaceOnce(swapped, /(generator client \{[^}]*output\s*=\s*)"\.\.\/lib\/db\/generated"/, '$1"../../lib/db/generated-pg"');
  if (/@db\.|\bJson\b|^\s*enum\s/m.test(stripComments(moved))) {
    throw new Error("prisma/schema.prisma uses a provider-specific type (@db.*, Json or enum): keep the models portable");
  }
  return HEADER + moved;
}

function replaceOnce(text: string, pattern: RegExp, replacement: string): string {
  if (!pattern.test(text)) throw new Error(`prisma/schema.prisma: expected to find ${pattern}`);
  return text.replace(pattern, replacement);
}

function stripComments(text: string): string {
  return text.replace(/\/\/.*$/gm, "");
}
