/**
 * Run with tsx by e2e/support/staff.ts: creates a ready staff account in the database of
 * DATABASE_URL and prints it as JSON (Playwright's own loader cannot load the ESM-only
 * auth and Prisma modules this needs).
 */
import { createStaff } from "@/test/support/staff";

createStaff(JSON.parse(process.argv[2]!)).then(
  (staff) => {
    process.stdout.write(JSON.stringify(staff));
    process.exit(0);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
