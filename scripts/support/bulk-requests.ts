import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import { fiscalYearOf } from "@/lib/calendar/fiscal-year";

/**
 * Fill a migrated, seeded database with `count` requests shaped like a few years of a
 * municipality's work: most closed, some open, some overdue, spread over all divisions'
 * services. Written directly with better-sqlite3 in one transaction (benchmarks only).
 */
export function insertBulkRequests(databaseFile: string, count: number): void {
  const db = new Database(databaseFile);
  try {
    const services = db.prepare(`SELECT id, divisionId FROM "Service"`).all() as { id: number; divisionId: number }[];
    const applicant = JSON.stringify({
      citizenId: "1101700207030",
      nameTh: { prefix: "นาย", first: "สมชาย", middle: "", last: "ใจดี" },
      nameEn: { prefix: "Mr.", first: "Somchai", middle: "", last: "Jaidee" },
      birthDate: "1980-01-15",
      address: { houseNo: "99/1", moo: "3", lane: "", road: "", subdistrict: "ก้อ", district: "ลี้", province: "ลำพูน", text: "99/1 หมู่ที่ 3 ตำบลก้อ อำเภอลี้ จังหวัดลำพูน" },
      phone: "0812345678",
    });
    const insert = db.prepare(`INSERT INTO "Request" ("reference", "fiscalYear", "sequence", "trackingToken", "serviceId", "divisionId",
      "channel", "status", "applicant", "applicantKey", "identitySource", "answers", "dueDate", "queueDate", "queueTicket", "ticketStatus",
      "createdAt", "updatedAt", "completedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const now = Date.now();
    const day = 86_400_000;
    db.transaction(() => {
      for (let i = 0; i < count; i++) {
        const service = services[i % services.length]!;
        const ageDays = Math.floor((i * 7919) % 900); // spread over ~2.5 years
        const created = new Date(now - ageDays * day);
        const due = new Date(created.getTime() + 10 * day).toISOString().slice(0, 10);
        const roll = (i * 2654435761) % 100;
        const status = ageDays < 30 ? ["new", "in_progress", "waiting_applicant", "done"][roll % 4]! : roll < 3 ? "in_progress" : roll < 90 ? "done" : "rejected";
        const iso = created.toISOString();
        // Closed within 2 to 13 days: most on time (due after 10), some late.
        const completed = status === "done" || status === "rejected" ? new Date(created.getTime() + (2 + (roll % 12)) * day).toISOString() : null;
        insert.run(`BULK-${i}`, fiscalYearOf(iso.slice(0, 10)), i, randomBytes(16).toString("base64url"), service.id, service.divisionId,
          "kiosk", status, applicant, "bulk", "card_chip", "{}", due, iso.slice(0, 10), null, null, iso, completed ?? iso, completed);
      }
      // The references the bulk rows took are used up, as the filing's counter would have them.
      db.prepare(`INSERT INTO "Counter" ("key", "value") SELECT 'reference:' || "fiscalYear", MAX("sequence") FROM "Request" GROUP BY "fiscalYear"
        ON CONFLICT ("key") DO UPDATE SET "value" = MAX("Counter"."value", excluded."value")`).run();
    })();
  } finally {
    db.close();
  }
}
