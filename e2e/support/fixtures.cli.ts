/**
 * Run with tsx by e2e/support/*.ts to make test data in the running server's database
 * (DATABASE_URL): Playwright's own loader cannot load the ESM-only auth and Prisma modules.
 *
 *   tsx fixtures.cli.ts staff '{"username":"...","role":"OFFICER","divisions":["ENGINEERING"]}'
 *   tsx fixtures.cli.ts request '{"serviceCode":"PUBLIC_INFRASTRUCTURE_REPAIR"}'
 * Prints the result as JSON.
 */
import { fileRequest } from "@/lib/requests/file-request";
import { koResident } from "@/test/support/kiosk-device";
import { createStaff } from "@/test/support/staff";

async function main(command: string, options: Record<string, unknown>): Promise<unknown> {
  if (command === "staff") return createStaff(options as Parameters<typeof createStaff>[0]);
  if (command === "request") {
    const filed = await fileRequest({
      serviceCode: String(options.serviceCode ?? "PUBLIC_INFRASTRUCTURE_REPAIR"),
      channel: "counter",
      applicant: { ...koResident, phone: "0812345678" },
      identity: { source: "typed", detail: "typed by a browser test" },
      answers: { problemType: "road", location: "ซอย 1 หมู่ 3" },
      idempotencyKey: null,
      actor: { type: "system", label: "e2e" },
    });
    return { reference: filed.reference, trackingToken: filed.trackingToken, queueTicket: filed.queueTicket };
  }
  throw new Error(`unknown fixture ${command}`);
}

main(process.argv[2]!, JSON.parse(process.argv[3] ?? "{}")).then(
  (result) => {
    process.stdout.write(JSON.stringify(result));
    process.exit(0);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
