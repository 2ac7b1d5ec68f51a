/**
 * `tsx test/support/create-staff-cli.ts '<json options>'`: createStaff() on DATABASE_URL,
 * printing the TestStaff as JSON. For browser tests, which cannot load the database client
 * themselves (see ./staff-sign-in.ts).
 */
import { createStaff } from "./staff";

const options = JSON.parse(process.argv[2] ?? "{}") as Parameters<typeof createStaff>[0];
createStaff(options).then(
  (staff) => {
    process.stdout.write(`${JSON.stringify(staff)}\n`);
    process.exit(0);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
