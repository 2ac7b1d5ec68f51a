/**
 * `npm run db:seed`: add the divisions, services and holidays this release ships that
 * were never added before. Safe on a live database: it never changes or re-adds anything.
 */
import { createDatabaseClient } from "@/lib/db/client";
import { seedDatabase } from "./seed/seed-database";

async function main() {
  const db = createDatabaseClient();
  try {
    const report = await seedDatabase(db);
    console.log(`added ${report.divisions} division(s), ${report.services} service(s), ${report.holidays} holiday(s), ${report.itaItems} ITA item(s)`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
