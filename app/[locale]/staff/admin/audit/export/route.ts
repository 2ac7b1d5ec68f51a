import { isAppError } from "@/lib/errors/app-error";
import { parseAuditFilter } from "@/lib/admin/audit-log-filter";
import { isSameOriginPost } from "@/lib/admin/audit-person";
import { exportAuditLog } from "@/lib/admin/export-audit-log";
import { getStaffSession } from "@/lib/staff/session";

export const dynamic = "force-dynamic";

/**
 * The filtered audit log as CSV. A POST from the audit page's own form (Origin checked: a
 * route handler has no server-action origin check), by an admin; the export is audited.
 */
export async function POST(request: Request): Promise<Response> {
  if (!isSameOriginPost(request.headers)) return refuse(403);
  const form = await request.formData().catch(() => null);
  if (!form) return refuse(400);
  const filter = parseAuditFilter({
    user: String(form.get("user") ?? ""),
    pk: String(form.get("pk") ?? ""),
    action: String(form.get("action") ?? ""),
    from: String(form.get("from") ?? ""),
    to: String(form.get("to") ?? ""),
  });
  try {
    const staff = await getStaffSession(request.headers);
    if (!staff) return refuse(403);
    const file = await exportAuditLog(staff, filter);
    return new Response(file.body, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${file.filename}"`,
        "Cache-Control": "no-store",
        "X-Export-Rows": String(file.rows),
      },
    });
  } catch (error) {
    if (isAppError(error) && error.code === "forbidden") return refuse(403);
    throw error;
  }
}

function refuse(status: 400 | 403): Response {
  return new Response(status === 403 ? "Forbidden" : "Bad request", { status, headers: { "Cache-Control": "no-store" } });
}
