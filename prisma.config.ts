import path from "node:path";
import { defineConfig } from "prisma/config";
import { resolveDatabaseUrl } from "./lib/db/database-url";
import { migrationAdapter } from "./lib/db/migration-adapter";

// One place decides where the database lives (relative paths are taken from the project
// root). The schema's `env("DATABASE_URL")` must resolve for Prisma 6 to parse it, so the
// resolved URL is written back; the CLI itself talks to the database through the adapter.
// A postgresql:// URL selects the PostgreSQL schema and its own migration history.
const database = resolveDatabaseUrl(process.env.DATABASE_URL, __dirname);
process.env.DATABASE_URL = database.url;
const folder = database.kind === "postgresql" ? path.join("prisma", "postgresql") : "prisma";

// The JS schema engine runs migrations through the same driver adapter as the app, so the
// CLI works offline (Prisma's native schema engine would be downloaded from a CDN).
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(folder, "schema.prisma"),
  migrations: { path: path.join(folder, "migrations") },
  async adapter() {
    return migrationAdapter(database);
  },
});
