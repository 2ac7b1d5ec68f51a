import { getTranslations } from "next-intl/server";
import { isLocale } from "@/lib/i18n/localized";
import { chooseReportScope } from "@/lib/reports/choose-report";
import { divisionsReport } from "@/lib/reports/division-report";
import { reportCsv, reportFilename } from "@/lib/reports/report-csv";
import { parseReportQuery } from "@/lib/reports/report-query";
import { catalogueSnapshot } from "@/lib/services/catalogue";
import { getStaffSession } from "@/lib/staff/session";

export const dynamic = "force-dynamic";

/**
 * The report page's figures as CSV. A GET is safe here: it changes nothing and holds no
 * personal data, and another site cannot read the answer. Same access as the page.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  const locale = isLocale((await params).locale) ? ((await params).locale as "th" | "en") : "th";
  const staff = await getStaffSession(request.headers);
  if (!staff) return new Response("Forbidden", { status: 403, headers: { "Cache-Control": "no-store" } });
  const query = parseReportQuery(new URL(request.url).searchParams);
  const scope = chooseReportScope(staff, [...(await catalogueSnapshot()).divisions.values()], query);
  if (!scope) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  const report = await divisionsReport(scope.included.map((division) => division.id), scope.fiscalYear);
  const t = await getTranslations({ locale, namespace: "reports" });
  return new Response(reportCsv(report, locale, { heading: (column) => t(`columns.${column}`), total: t("total") }), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${reportFilename(scope.key, report)}"`,
      "Cache-Control": "no-store",
    },
  });
}
