/**
 * Run with tsx by e2e/support/*.ts to make test data in the running server's database
 * (DATABASE_URL): Playwright's own loader cannot load the ESM-only auth and Prisma modules.
 *
 *   tsx fixtures.cli.ts staff '{"username":"...","role":"OFFICER","divisions":["ENGINEERING"]}'
 *   tsx fixtures.cli.ts request '{"serviceCode":"PUBLIC_INFRASTRUCTURE_REPAIR"}'
 *   tsx fixtures.cli.ts survey '{"month":"2026-10","fiscalYear":2570,"count":6}'
 *   tsx fixtures.cli.ts audit '{"count":200,"actorId":1}'
 *   tsx fixtures.cli.ts kiosk-filings '{"count":20}'
 * Prints the result as JSON.
 */
import { db } from "@/lib/db/client";
import { fileRequest } from "@/lib/requests/file-request";
import { koResident, makeKiosk, signedFiling } from "@/test/support/kiosk-device";
import { createStaff } from "@/test/support/staff";

async function main(command: string, options: Record<string, unknown>): Promise<unknown> {
  if (command === "staff") return createStaff(options as Parameters<typeof createStaff>[0]);
  if (command === "request") {
    const filed = await fileRequest({
      serviceCode: String(options.serviceCode ?? "PUBLIC_INFRASTRUCTURE_REPAIR"),
      channel: "counter",
      applicant: { ...koResident, phone: "0812345678" },
      identity: { source: "typed", detail: "typed by a browser test" },
      answers: (options.answers as Record<string, unknown>) ?? { problemType: "road", location: "ซอย 1 หมู่ 3" },
      idempotencyKey: null,
      actor: { type: "system", label: "e2e" },
      // A past moment, for figures of an earlier fiscal year.
      ...(typeof options.at === "string" && { now: new Date(options.at) }),
    });
    return { reference: filed.reference, trackingToken: filed.trackingToken, queueTicket: filed.queueTicket };
  }
  if (command === "survey") {
    // Satisfaction answers of an ended month, as the survey stores them (no request, no person).
    const service = await db.service.findUniqueOrThrow({ where: { code: "PUBLIC_INFRASTRUCTURE_REPAIR" } });
    const { month, fiscalYear, count } = options as { month: string; fiscalYear: number; count: number };
    await db.surveyResponse.createMany({
      data: Array.from({ length: count }, (_, i) => ({ serviceId: service.id, divisionId: service.divisionId, channel: "online", month, fiscalYear, process: 4, staff: 5, time: 3 + (i % 3), facilities: 4, information: 4, overall: 5 })),
    });
    return { count };
  }
  if (command === "audit") {
    // Administrative changes as the admin screens write them, newest a minute ago, with Thai in their details.
    const count = Number(options.count ?? 200);
    const now = Date.now();
    const shapes = [
      { action: "holiday.added", subjectType: "holiday", subjectId: "2027-04-13", detail: { nameTh: "วันสงกรานต์", nameEn: "Songkran Festival" } },
      {
        action: "service.updated",
        subjectType: "service",
        subjectId: "PUBLIC_INFRASTRUCTURE_REPAIR",
        detail: { changed: { nameTh: { from: "แจ้งซ่อมไฟฟ้าสาธารณะ", to: "แจ้งซ่อมไฟฟ้าและถนนสาธารณะในเขตเทศบาลตำบลก้อ" }, processingDays: { from: 7, to: 5 }, form: "changed", documents: "changed" } },
      },
      { action: "staff.updated", subjectType: "staff_user", subjectId: "7", detail: { username: "somchai", displayName: { from: "สมชาย", to: "สมชาย ใจดี" }, divisions: { from: ["ENGINEERING"], to: ["ENGINEERING", "WELFARE"] } } },
      { action: "kiosk.renamed", subjectType: "kiosk", subjectId: "3", detail: { from: "ตู้บริการ 1", to: "ตู้บริการหน้าห้องประชุม" } },
    ];
    await db.auditLog.createMany({
      data: Array.from({ length: count }, (_, i) => {
        const shape = shapes[i % shapes.length]!;
        return { at: new Date(now - 60_000 * (i + 1)), actorType: "staff", actorId: Number(options.actorId), action: shape.action, subjectType: shape.subjectType, subjectId: shape.subjectId, detail: JSON.stringify(shape.detail) };
      }),
    });
    return { count };
  }
  if (command === "kiosk-filings") {
    // Validly signed kiosk filings (each with its own nonce) from a newly enrolled kiosk, to POST.
    const kiosk = await makeKiosk(`e2e kiosk ${Date.now()}`);
    return Promise.all(Array.from({ length: Number(options.count ?? 1) }, () => signedFiling(kiosk)));
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
