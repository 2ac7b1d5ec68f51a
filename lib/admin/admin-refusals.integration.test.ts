import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/staff/roles";
import type { StaffSession } from "@/lib/staff/session";
import { seedDatabase } from "@/prisma/seed/seed-database";
import * as auditPerson from "./audit-person";
import * as createService from "./create-service";
import * as exportAudit from "./export-audit-log";
import * as holidays from "./holidays";
import * as kiosks from "./kiosks";
import * as searchAudit from "./search-audit-log";
import * as servicesQuery from "./services-query";
import * as staffAccounts from "./staff-accounts";
import * as updateDivision from "./update-division";
import * as updateService from "./update-service";
import { makeStaff } from "./test-staff";

/**
 * The administration's authorisation matrix: every operation the admin pages and actions
 * call, for every role but ADMIN (and for no session at all), is refused with
 * AppError("forbidden") and changes nothing. A new operation that is not listed here fails
 * the coverage check below.
 */
const MODULES = { auditPerson, createService, exportAudit, holidays, kiosks, searchAudit, servicesQuery, staffAccounts, updateDivision, updateService };
// Pure helpers these modules export beside their operations (no session, no data).
const HELPERS = new Set(["isSameOriginPost", "bangkokTimestamp", "auditCsvRow", "auditWhere", "toAuditRow", "pastedPublicKey"]);

type Call = (staff: StaffSession) => unknown;
const OPERATIONS: Record<string, Call> = {
  auditPersonFilter: (s) => auditPerson.auditPersonFilter(s, "1101700207030"),
  createService: (s) => createService.createService(s, { definition: {} }),
  updateService: (s) => updateService.updateService(s, { serviceId: 1, definition: {} }),
  listServicesForAdmin: (s) => servicesQuery.listServicesForAdmin(s),
  loadServiceForEdit: (s) => servicesQuery.loadServiceForEdit(s, 1),
  listDivisionsForAdmin: (s) => updateDivision.listDivisionsForAdmin(s),
  updateDivision: (s) => updateDivision.updateDivision(s, 1, { nameTh: "x", nameEn: "x", summaryTh: "", summaryEn: "", queuePrefix: "Z", sortOrder: 0 }),
  listHolidays: (s) => holidays.listHolidays(s, 2026),
  addHoliday: (s) => holidays.addHoliday(s, { date: "2027-01-13", nameTh: "x", nameEn: "x" }),
  removeHoliday: (s) => holidays.removeHoliday(s, { date: "2026-01-01" }),
  listKioskDevices: (s) => kiosks.listKioskDevices(s),
  enrollKioskDevice: (s) => kiosks.enrollKioskDevice(s, { name: "x", publicKey: "x" }),
  renameKioskDevice: (s) => kiosks.renameKioskDevice(s, { kioskId: 1, name: "x" }),
  revokeKioskDevice: (s) => kiosks.revokeKioskDevice(s, { kioskId: 1 }),
  searchAuditLog: (s) => searchAudit.searchAuditLog(s, {}),
  auditFilterChoices: (s) => searchAudit.auditFilterChoices(s),
  exportAuditLog: (s) => exportAudit.exportAuditLog(s, {}),
  listStaffForAdmin: (s) => staffAccounts.listStaffForAdmin(s),
  createStaffForAdmin: (s) => staffAccounts.createStaffForAdmin(s, { username: "sneaky", displayName: "", role: "ADMIN", divisionCodes: [] }),
  updateStaffForAdmin: (s) => staffAccounts.updateStaffForAdmin(s, 1, { displayName: "x", role: "ADMIN", divisionCodes: [] }),
  resetStaffPasswordForAdmin: (s) => staffAccounts.resetStaffPasswordForAdmin(s, 1, { removeTwoFactor: true }),
  setStaffActiveForAdmin: (s) => staffAccounts.setStaffActiveForAdmin(s, 1, false),
};

const others: Record<Exclude<Role, "ADMIN">, StaffSession | undefined> = { HEAD: undefined, OFFICER: undefined, COUNTER: undefined };

beforeAll(async () => {
  await seedDatabase(db);
  await makeStaff("admin.matrix", "ADMIN");
  others.HEAD = await makeStaff("head.matrix", "HEAD", ["PALAD", "FINANCE", "ENGINEERING", "WELFARE", "STRATEGY"]);
  others.OFFICER = await makeStaff("officer.matrix", "OFFICER", ["ENGINEERING"]);
  others.COUNTER = await makeStaff("counter.matrix", "COUNTER", ["PALAD"]);
});
afterAll(() => db.$disconnect());

describe("administration refuses anyone but an ADMIN", () => {
  it("lists every operation of lib/admin", () => {
    const exported = Object.values(MODULES)
      .flatMap((module) => Object.entries(module))
      .filter(([name, value]) => typeof value === "function" && !HELPERS.has(name))
      .map(([name]) => name);
    expect([...exported].sort()).toEqual(Object.keys(OPERATIONS).sort());
  });

  for (const role of ["HEAD", "OFFICER", "COUNTER", "no session"] as const) {
    it.each(Object.keys(OPERATIONS))(`${role}: %s`, async (name) => {
      const before = { audit: await db.auditLog.count(), staff: await db.staffUser.count(), holidays: await db.holiday.count() };
      const staff = role === "no session" ? (null as unknown as StaffSession) : others[role]!;
      await expect(Promise.resolve().then(() => OPERATIONS[name]!(staff))).rejects.toMatchObject({ code: "forbidden" });
      expect({ audit: await db.auditLog.count(), staff: await db.staffUser.count(), holidays: await db.holiday.count() }).toEqual(before);
    });
  }
});
