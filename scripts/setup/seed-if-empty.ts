import { createDatabaseClient } from "@/lib/db/client";

/** A brand-new database gets the divisions, services and holidays; others are left alone. */
export async function seedIfEmpty(databaseUrl: string): Promise<boolean> {
  const db = createDatabaseClient(databaseUrl);
  try {
    if ((await db.division.count()) > 0) return false;
    const { seedDatabase } = await import("@/prisma/seed/seed-database");
    await seedDatabase(db);
    return true;
  } finally {
    await db.$disconnect();
  }
}
