import { expect, test } from "./support/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { addSurveyResponses, fileTestRequest } from "./support/staff";

/**
 * The public statistics pages, the home page portal and the open data. The figures are
 * kept for 5 minutes by the server, so everything they should count is filed first.
 */
const today = new Date();
const currentYear = (today.getUTCMonth() >= 9 ? today.getUTCFullYear() + 1 : today.getUTCFullYear()) + 543;
const lastMonth = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 15));
const lastMonthKey = lastMonth.toISOString().slice(0, 7);
const lastMonthYear = (lastMonth.getUTCMonth() >= 9 ? lastMonth.getUTCFullYear() + 1 : lastMonth.getUTCFullYear()) + 543;
const earlierYear = currentYear - 2;

const PAGES = [
  ["/statistics", `สถิติการให้บริการ ปีงบประมาณ พ.ศ. ${currentYear}`],
  ["/statistics/satisfaction", `ผลการสำรวจความพึงพอใจการให้บริการ ปีงบประมาณ พ.ศ. ${currentYear}`],
  ["/statistics/complaints", `สถิติเรื่องร้องเรียน ปีงบประมาณ พ.ศ. ${currentYear}`],
  ["/statistics/integrity", `สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ปีงบประมาณ พ.ศ. ${currentYear}`],
  ["/statistics/e-service", `สถิติการใช้งาน E-Service ปีงบประมาณ พ.ศ. ${currentYear}`],
] as const;

test.describe("transparency pages", () => {
  test.setTimeout(90_000);

  test.beforeAll(() => {
    fileTestRequest();
    fileTestRequest("GENERAL_COMPLAINT", { answers: { topic: "roads", details: "ถนนเป็นหลุม", location: "ซอย 1 หมู่ 3" } });
    // Two fiscal years back (mid-year), so the year switch has somewhere to go.
    fileTestRequest("PUBLIC_INFRASTRUCTURE_REPAIR", { at: `${earlierYear - 543}-03-02T03:00:00Z` });
    if (lastMonthYear === currentYear) addSurveyResponses({ month: lastMonthKey, fiscalYear: lastMonthYear, count: 6 });
  });

  test("each statistics page shows its chart and table, and passes axe", async ({ page }) => {
    for (const [path, heading] of PAGES) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(heading);
      await expect(page.getByText(/ข้อมูล ณ/)).toBeVisible();
      // Satisfaction has no chart in October, when no month of the year has ended.
      if (path !== "/statistics/satisfaction" || lastMonthYear === currentYear) await expect(page.locator("svg.bar-chart").first(), path).toBeVisible();
      await expect(page.locator("table").first(), path).toBeAttached();
      await expect(page.getByRole("navigation", { name: "หน้าสถิติ" }).getByRole("link", { name: /./ })).toHaveCount(5);
      await expectNoSeriousA11yViolations(page);
    }
    await page.goto("/statistics");
    await expect(page.getByRole("row", { name: /แจ้งซ่อมไฟฟ้าสาธารณะ/ }).first()).toBeVisible();
    await expect(page.getByRole("table", { name: "ทั้งเทศบาล รายไตรมาส" })).toBeVisible();
  });

  test("the year switch opens an earlier fiscal year, and the navigation keeps it", async ({ page }) => {
    await page.goto("/statistics");
    await page.getByRole("navigation", { name: "ปีงบประมาณ" }).getByRole("link", { name: `ปีงบประมาณ ${earlierYear}` }).click();
    await expect(page).toHaveURL(new RegExp(`/statistics\\?year=${earlierYear}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`สถิติการให้บริการ ปีงบประมาณ พ.ศ. ${earlierYear}`);
    await page.getByRole("navigation", { name: "หน้าสถิติ" }).getByRole("link", { name: "การใช้งาน E-Service" }).click();
    await expect(page).toHaveURL(new RegExp(`/statistics/e-service\\?year=${earlierYear}$`));
    await page.goto("/en/statistics/complaints");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Complaint statistics, fiscal year ${currentYear}`);
  });

  test("the open data parses, matches the page, and can be cached", async ({ page, request }) => {
    for (const dataset of ["service-statistics", "service-statistics-monthly", "satisfaction", "complaint-statistics", "integrity-statistics", "e-service-usage"]) {
      const json = await request.get(`/open-data/${dataset}-${currentYear}.json`);
      expect(json.status(), dataset).toBe(200);
      expect(json.headers()["cache-control"]).toMatch(/max-age=\d+/);
      const body = await json.json();
      expect(body.licence).toMatch(/Creative Commons/);
      const columns = body.dictionary.map((d: { column: string }) => d.column);
      const csv = await request.get(`/open-data/${dataset}-${currentYear}.csv`);
      expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
      const text = await csv.text();
      expect(text.charCodeAt(0), "UTF-8 BOM").toBe(0xfeff);
      expect(text.slice(1).split("\r\n")[0]).toBe(columns.join(","));
      const etag = csv.headers()["etag"]!;
      expect((await request.get(`/open-data/${dataset}-${currentYear}.csv`, { headers: { "If-None-Match": etag } })).status()).toBe(304);
    }
    // The complaint filed above is on the page and in the file alike.
    const complaints = await (await request.get(`/open-data/complaint-statistics-${currentYear}.json`)).json();
    const all = complaints.rows.find((r: Record<string, unknown>) => r.topic_code === "all" && r.period === "year");
    expect(all.received).toBeGreaterThanOrEqual(1);
    await page.goto("/statistics/complaints");
    await expect(page.getByRole("table", { name: "เรื่องร้องเรียน รายไตรมาส" }).getByRole("row", { name: /ทั้งปี/ }).getByRole("cell").first()).toHaveText(new Intl.NumberFormat("th-TH").format(all.received));
    expect((await request.get(`/open-data/service-statistics-1999.csv`)).status()).toBe(404);
  });

  test("the home page is a portal whose links reach their pages", async ({ page, request }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/");
    const portal = page.getByRole("navigation", { name: "บริการของเทศบาล" });
    const hrefs = await portal.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
    expect(hrefs).toEqual(["/e-service", "/track", "/e-service/GENERAL_COMPLAINT", "/complaints/guideline", "/integrity", "/services", "/statistics", "/ita"]);
    // /ita is another branch's page: it is linked now and answers once merged.
    for (const href of hrefs.filter((h) => h !== "/ita")) expect((await request.get(href)).status(), href).toBe(200);
    await expectNoSeriousA11yViolations(page);
    await portal.getByRole("link", { name: /สถิติการให้บริการ/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(PAGES[0][1]);
  });

  test("the e-service page lists services per channel and links its manual and statistics", async ({ page }) => {
    await page.goto("/e-service");
    await expect(page.getByRole("heading", { name: /ยื่นที่ตู้บริการได้/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: /ยื่นที่เคาน์เตอร์ได้/ })).toBeVisible();
    await page.getByRole("link", { name: "คู่มือการใช้งาน E-Service" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("คู่มือการใช้งานระบบบริการออนไลน์ (E-Service) เทศบาลตำบลก้อ");
    await expect(page.getByRole("heading", { name: "3. แนบเอกสาร" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("link", { name: "สถิติการใช้งาน E-Service" }).click();
    await expect(page).toHaveURL(/\/statistics\/e-service$/);
  });
});
