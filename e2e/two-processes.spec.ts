import { expect, test } from "./support/test";
import { startServer, type RunningServer } from "../scripts/support/server-process";
import { queryDatabase } from "./support/database";
import { createStaffAccount, signedKioskFilings, signIn } from "./support/staff";

/**
 * Two server processes on one PostgreSQL database, as a province's hosting runs them: the
 * suite's server (the browser's base URL) and a second one started here on the same database
 * and data folder. SQLite is one office's one process, so this runs in the PostgreSQL pass.
 */
const onPostgres = /^postgres(ql)?:\/\//.test(process.env.E2E_DATABASE_URL ?? "");

test.describe("two server processes on one database", () => {
  test.skip(!onPostgres, "several server processes need PostgreSQL (the PostgreSQL pass runs this)");
  test.setTimeout(120_000);

  let second: RunningServer;
  test.beforeAll(async () => {
    second = await startServer(process.env.E2E_DATABASE_URL!, undefined, {
      DATA_DIR: process.env.DATA_DIR!,
      DATA_KEY_FILE: process.env.DATA_KEY_FILE!,
      KO_STATISTICS_PRECOMPUTE: "off",
    });
  });
  test.afterAll(async () => second?.stop());

  test("filings on both reach boards and the display on the other, and references and tickets stay gap-free", async ({ page, browser, request, baseURL }) => {
    // Counter 2: the staff console test leaves a ticket at counter 3.
    const officer = createStaffAccount({ username: `two_proc_${Date.now()}`, role: "OFFICER", divisions: ["ENGINEERING"] });
    await signIn(page, officer, 2);

    // Twenty kiosks' filings at once, every other one to each process.
    const filings = signedKioskFilings(21);
    const last = filings.pop()!;
    const answers = await Promise.all(
      filings.map((data, i) => request.post(`${i % 2 ? second.url : baseURL}/api/kiosk/requests`, { data })),
    );
    expect(answers.map((answer) => answer.status())).toEqual(filings.map(() => 201));

    // The board opens on the first process after those, so only the bus can bring it the next.
    await page.goto("/staff?division=ENGINEERING");
    await expect(page.getByTestId("live-refresh")).toHaveAttribute("data-status", "open");
    // The waiting-room display hangs on the second process.
    const display = await (await browser.newContext()).newPage();
    await display.goto(`${second.url}/display`);
    await expect(display.getByText(/ออนไลน์|Live/).first()).toBeVisible({ timeout: 5_000 });

    // One more to the second process: the first's board hears of it live.
    const filedOnSecond = (await (await request.post(`${second.url}/api/kiosk/requests`, { data: last })).json()) as { reference: string; queueTicket: string };
    await expect(page.getByRole("link", { name: filedOnSecond.reference })).toBeVisible({ timeout: 2_000 });

    // A ticket called on the first process shows on the second's display within a second.
    await page.goto("/staff/counter");
    await page.getByRole("button", { name: "เรียกคิวถัดไป" }).click();
    const called = page.getByText(/เรียกคิว C-\d{3} มาที่ช่อง 2 แล้ว/);
    await expect(called).toBeVisible();
    const ticket = (await called.textContent())!.match(/C-\d{3}/)![0];
    await expect(display.getByText(ticket).first()).toBeVisible({ timeout: 1_000 });

    // Both processes drew from one set of counters: no number twice, none skipped.
    const rows = await queryDatabase<{ reference: string; queueTicket: string }>(
      `SELECT "reference", "queueTicket" FROM "Request" WHERE "channel" = 'kiosk' ORDER BY "reference"`,
    );
    const ours = rows.slice(-21);
    expect(ours.map((row) => row.reference)).toContain(filedOnSecond.reference);
    const referenceNumbers = ours.map((row) => Number(row.reference.slice(-6)));
    const ticketNumbers = ours.map((row) => Number(row.queueTicket.slice(-3))).sort((a, b) => a - b);
    for (const numbers of [referenceNumbers, ticketNumbers]) {
      expect(new Set(numbers).size).toBe(numbers.length);
      expect(numbers.at(-1)! - numbers[0]!).toBe(numbers.length - 1);
    }
    await display.close();
  });
});
