"use server";

import { auditFilterQuery, parseAuditFilter, type AuditFilter } from "@/lib/admin/audit-log-filter";
import { auditPersonFilter } from "@/lib/admin/audit-person";
import { requireAdmin } from "@/lib/admin/authorize";
import { redirect } from "@/lib/i18n/navigation";
import { adminActionSession, formLocale } from "../_lib/guard";

/**
 * The filter form posts here (not GET) so a typed citizen ID never reaches an address, a
 * browser history or a server log: it becomes its keyed hash, and the page opens with that.
 */
export async function filterAuditLog(form: FormData): Promise<void> {
  const staff = await adminActionSession();
  requireAdmin(staff);
  const locale = formLocale(form);
  const filter: AuditFilter = parseAuditFilter({
    user: String(form.get("user") ?? ""),
    action: String(form.get("action") ?? ""),
    from: String(form.get("from") ?? ""),
    to: String(form.get("to") ?? ""),
    // Kept from the current filter unless the admin clears it or types another ID.
    pk: form.get("keepPerson") ? String(form.get("pk") ?? "") : "",
  });
  const typed = String(form.get("citizenId") ?? "").trim();
  if (typed) {
    const person = auditPersonFilter(staff, typed);
    if (!person.ok) {
      const query = auditFilterQuery({ ...filter, personKey: undefined });
      redirect({ href: `/staff/admin/audit${query}${query ? "&" : "?"}idError=${person.code}`, locale });
    } else {
      filter.personKey = person.personKey;
    }
  }
  redirect({ href: `/staff/admin/audit${auditFilterQuery(filter)}`, locale });
}
