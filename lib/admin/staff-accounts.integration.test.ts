import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { StaffSession } from "@/lib/staff/session";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { createStaffForAdmin, listStaffForAdmin, resetStaffPasswordForAdmin, setStaffActiveForAdmin, updateStaffForAdmin } from "./staff-accounts";
import { makeStaff } from "./test-staff";

let admin: StaffSession;
let head: StaffSession;

beforeAll(async () => {
  await seedDatabase(db);
  admin = await makeStaff("admin.accounts", "ADMIN");
  head = await makeStaff("head.accounts", "HEAD", ["WELFARE"]);
});
afterAll(() => db.$disconnect());

const audits = (action: string, subjectId: number) => db.auditLog.findMany({ where: { action, subjectId: String(subjectId) } });

describe("staff accounts from the administration pages", () => {
  let created: { id: number; oneTimePassword: string };

  it("creates an account with a one-time password shown once and never stored in clear", async () => {
    created = await createStaffForAdmin(admin, { username: "Malee.S", displayName: "มาลี สุขใจ", role: "OFFICER", divisionCodes: ["WELFARE", "PALAD"] });
    expect(created.oneTimePassword.length).toBeGreaterThanOrEqual(12);
    const row = (await listStaffForAdmin(admin)).find((a) => a.id === created.id);
    expect(row).toMatchObject({ username: "malee.s", role: "OFFICER", active: true, mustChangePassword: true });
    expect(row?.divisionCodes.sort()).toEqual(["PALAD", "WELFARE"]);
    const stored = JSON.stringify(await db.staffAccount.findMany({ where: { userId: created.id } }));
    expect(stored).not.toContain(created.oneTimePassword);
    const [audit] = await audits("staff.created", created.id);
    expect(audit).toMatchObject({ actorType: "staff", actorId: admin.id });
    expect(audit!.detail).not.toContain(created.oneTimePassword);
  });

  it("names the field of a bad or taken username, and an unknown division", async () => {
    await expect(createStaffForAdmin(admin, { username: "no spaces!", displayName: "", role: "OFFICER", divisionCodes: [] })).rejects.toMatchObject({
      code: "invalid",
      details: { fieldErrors: { username: { code: "usernameFormat" } } },
    });
    await expect(createStaffForAdmin(admin, { username: "malee.s", displayName: "", role: "OFFICER", divisionCodes: [] })).rejects.toMatchObject({
      details: { fieldErrors: { username: { code: "usernameTaken" } } },
    });
    await expect(createStaffForAdmin(admin, { username: "new.one", displayName: "", role: "OFFICER", divisionCodes: ["NOWHERE"] })).rejects.toMatchObject({
      details: { fieldErrors: { divisionCodes: { code: "invalidChoice" } } },
    });
  });

  it("changes role and divisions, audited with before and after", async () => {
    await updateStaffForAdmin(admin, created.id, { displayName: "มาลี สุขใจ", role: "HEAD", divisionCodes: ["WELFARE"] });
    expect((await listStaffForAdmin(admin)).find((a) => a.id === created.id)).toMatchObject({ role: "HEAD", divisionCodes: ["WELFARE"] });
    const [audit] = await audits("staff.updated", created.id);
    expect(JSON.parse(audit!.detail)).toMatchObject({ role: { from: "OFFICER", to: "HEAD" }, divisions: { from: ["PALAD", "WELFARE"], to: ["WELFARE"] } });
  });

  it("resets a password with a new one-time password, and deactivates and reactivates", async () => {
    const reset = await resetStaffPasswordForAdmin(admin, created.id, { removeTwoFactor: false });
    expect(reset.oneTimePassword).not.toBe(created.oneTimePassword);
    await setStaffActiveForAdmin(admin, created.id, false);
    expect((await listStaffForAdmin(admin)).find((a) => a.id === created.id)?.active).toBe(false);
    await setStaffActiveForAdmin(admin, created.id, true);
    expect((await audits("staff.password_reset", created.id)).length).toBe(1);
    expect((await audits("staff.deactivated", created.id)).length).toBe(1);
    expect((await audits("staff.reactivated", created.id)).length).toBe(1);
  });

  it("refuses to reset or deactivate one's own account", async () => {
    await expect(resetStaffPasswordForAdmin(admin, admin.id, { removeTwoFactor: false })).rejects.toMatchObject({ code: "self" });
    await expect(setStaffActiveForAdmin(admin, admin.id, false)).rejects.toMatchObject({ code: "self" });
  });

  it("refuses anyone but an admin, changing nothing", async () => {
    const before = await db.auditLog.count();
    await expect(listStaffForAdmin(head)).rejects.toMatchObject({ code: "forbidden" });
    await expect(createStaffForAdmin(head, { username: "sneaky", displayName: "", role: "ADMIN", divisionCodes: [] })).rejects.toMatchObject({ code: "forbidden" });
    await expect(updateStaffForAdmin(head, head.id, { displayName: "x", role: "ADMIN", divisionCodes: [] })).rejects.toMatchObject({ code: "forbidden" });
    await expect(resetStaffPasswordForAdmin(head, created.id, { removeTwoFactor: true })).rejects.toMatchObject({ code: "forbidden" });
    await expect(setStaffActiveForAdmin(head, created.id, false)).rejects.toMatchObject({ code: "forbidden" });
    expect(await db.staffUser.findUnique({ where: { username: "sneaky" } })).toBeNull();
    expect((await db.staffUser.findUniqueOrThrow({ where: { id: head.id } })).role).toBe("HEAD");
    expect(await db.auditLog.count()).toBe(before);
  });
});
