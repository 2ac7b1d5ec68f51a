import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { acceptRequest } from "@/lib/requests/workflow/accept-request";
import { completeRequest } from "@/lib/requests/workflow/complete-request";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { at, FILED_AT, fileRepair, makeStaff } from "@/test/support/workflow-fixtures";
import { statisticsCsv, statisticsJson } from "./open-data";
import { openDataFile } from "./open-data-file";
import { serviceStatistics } from "./service-statistics";

beforeAll(() => seedDatabase(db));
afterAll(() => db.$disconnect());

describe("public service statistics", () => {
  it("count what came in, what was decided on time against the legal clock, and what is open, per service", async () => {
    const officer = await makeStaff("OFFICER", ["ENGINEERING"]);
    // Filed Friday 4 December 2026 (fiscal year 2570): due Thursday 17 December.
    const onTime = await fileRepair(FILED_AT);
    const late = await fileRepair(FILED_AT);
    await fileRepair(FILED_AT);
    for (const [request, day] of [[onTime, "2026-12-10"], [late, "2026-12-21"]] as const) {
      await acceptRequest({ staff: officer, reference: request.reference, now: at("2026-12-07") });
      await completeRequest({ staff: officer, reference: request.reference, result: "ซ่อมแล้ว", now: at(day) });
    }
    const statistics = await serviceStatistics(2570, at("2026-12-22"));
    const engineering = statistics.divisions.find((d) => d.code === "ENGINEERING")!;
    const repair = engineering.services.find((s) => s.code === "PUBLIC_INFRASTRUCTURE_REPAIR")!.figures;
    expect([repair.received, repair.done, repair.closedOnTime, repair.open + repair.waiting]).toEqual([3, 2, 1, 1]);
    // Received Friday: the clock starts Tuesday 8th (Monday 7th makes up for the King's
    // Birthday on Saturday 5th) and skips Constitution Day on the 10th; the results come after
    // 2 working days (8, 9) and 9 (8, 9, 11, 14-18, 21): the median is 5.5.
    expect(repair.medianWorkingDays).toBe(5.5);
    expect(statistics.divisions.map((d) => d.code)).toEqual(["PALAD", "FINANCE", "ENGINEERING", "WELFARE", "STRATEGY"]);

    // The open data says the same, with its dictionary and licence.
    const rows = statisticsJson(statistics).rows;
    expect(rows.find((r) => r.service_code === "PUBLIC_INFRASTRUCTURE_REPAIR")).toMatchObject({ received: 3, completed: 2, closed_on_time: 1, open_now: 1, median_working_days: 5.5 });
    const csv = statisticsCsv(statistics).replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(csv[0]).toBe("fiscal_year,division_code,division_name,service_code,service_name,received,completed,rejected,closed_on_time,median_working_days,open_now,overdue_now");
    expect(csv.find((line) => line.includes("PUBLIC_INFRASTRUCTURE_REPAIR"))).toBe("2570,ENGINEERING,กองช่าง,PUBLIC_INFRASTRUCTURE_REPAIR,แจ้งซ่อมไฟฟ้าสาธารณะ ถนน และท่อระบายน้ำ,3,2,0,1,5.5,1,1");
  });

  it("serves only the years there are, as CSV or JSON", async () => {
    expect(await openDataFile("service-statistics-2570.json")).toMatchObject({ contentType: "application/json; charset=utf-8" });
    expect(await openDataFile("service-statistics-2570.csv")).toMatchObject({ contentType: "text/csv; charset=utf-8" });
    for (const name of ["service-statistics-1999.csv", "service-statistics-2570.xlsx", "../etc/passwd", "service-statistics-2570.csv.exe"]) {
      expect(await openDataFile(name), name).toBeNull();
    }
  });
});
