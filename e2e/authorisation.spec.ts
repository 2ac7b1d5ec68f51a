import { expect, test } from "./support/test";
import { createStaffAccount, fileTestRequest, signIn, type TestStaff } from "./support/staff";

/**
 * Every staff page and endpoint, for every role: allowed or refused, as README's "Who may
 * do what" says. Actions are covered where they live (lib/requests/workflow, lib/queue,
 * lib/admin tests call each with every role); this checks the doors.
 */
type Role = "ADMIN" | "HEAD" | "OFFICER" | "COUNTER";
const ROLES: Role[] = ["ADMIN", "HEAD", "OFFICER", "COUNTER"];

// 200 = opens; 404 = answered as if it did not exist (nothing leaks).
function expected(route: string, role: Role): number {
  if (route.startsWith("/staff/admin")) return role === "ADMIN" ? 200 : 404;
  if (route.startsWith("/staff/requests/")) return role === "COUNTER" ? 404 : 200;
  if (route.startsWith("/staff/reports")) return role === "ADMIN" || role === "HEAD" ? 200 : 404;
  return 200;
}

test.describe("who may open what", () => {
  test.setTimeout(120_000);
  let reference: string;
  test.beforeAll(() => {
    reference = fileTestRequest().reference; // an Engineering Division request
  });

  const routes = () => [
    "/staff",
    "/staff/counter",
    "/staff/file",
    "/staff/file/PUBLIC_INFRASTRUCTURE_REPAIR",
    `/staff/requests/${reference}`,
    "/staff/reports?division=ENGINEERING",
    "/staff/admin",
    "/staff/admin/services",
    "/staff/admin/divisions",
    "/staff/admin/holidays",
    "/staff/admin/accounts",
    "/staff/admin/kiosks",
    "/staff/admin/audit",
  ];

  test("signed out, every staff page sends to sign-in and the event stream refuses", async ({ request }) => {
    for (const route of routes()) {
      const response = await request.get(route, { maxRedirects: 0 });
      expect([303, 307], route).toContain(response.status());
      expect(response.headers().location, route).toContain("/staff/sign-in");
    }
    expect((await request.get("/api/staff/events")).status()).toBe(401);
    expect((await request.get("/staff/reports/export?division=ENGINEERING")).status()).toBe(403);
    expect((await request.post("/staff/admin/audit/export", { form: {} })).status()).toBeGreaterThanOrEqual(400);
  });

  for (const role of ROLES) {
    test(`${role}: pages and endpoints`, async ({ browser }) => {
      const staff: TestStaff = createStaffAccount({ username: `matrix_${role.toLowerCase()}_${Date.now()}`, role, divisions: role === "ADMIN" ? [] : ["ENGINEERING"] });
      const context = await browser.newContext();
      const page = await context.newPage();
      await signIn(page, staff);
      for (const route of routes()) {
        const response = await page.request.get(route, { maxRedirects: 0 });
        expect(response.status(), `${role} ${route}`).toBe(expected(route, role));
      }
      const csv = await page.request.get("/staff/reports/export?division=ENGINEERING", { maxRedirects: 0 });
      expect(csv.status(), `${role} report CSV`).toBe(expected("/staff/reports", role));
      // The event stream answers its status at once and then stays open: read only the status.
      const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
      const controller = new AbortController();
      const stream = await fetch(`http://127.0.0.1:${process.env.E2E_PORT}/api/staff/events`, { headers: { cookie }, signal: controller.signal });
      expect(stream.status, `${role} /api/staff/events`).toBe(200);
      controller.abort();
      const origin = `http://127.0.0.1:${process.env.E2E_PORT}`;
      const exported = await page.request.post("/staff/admin/audit/export", { form: {}, headers: { origin }, maxRedirects: 0 });
      expect(exported.status() === 200, `${role} audit export`).toBe(role === "ADMIN");
      await context.close();
    });
  }
});
