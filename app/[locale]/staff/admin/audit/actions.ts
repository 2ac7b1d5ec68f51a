"use server";

import { auditFilterQuery, parseAuditFilter, type AuditFilter } from "@/lib/admin/audit-log-filter";
import { auditPersonFilter } from "@/lib/admin/audit-person";
import { requireAdmin } from "@/lib/admin/authorize";
import { dateFromParts } from "@/lib/admin/thai-date-input";
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
  const text = (name: string) => String(form.get(name) ?? "");
  // Day, month and Buddhist-era year selects (never the browser's own date format).
  const from = dateFromParts({ day: text("fromDay"), month: text("fromMonth"), year: text("fromYear") });
  const to = dateFromParts({ day: text("toDay"), month: text("toMonth"), year: text("toYear") });
  const filter: AuditFilter = parseAuditFilter({
    user: text("user"),
    action: text("action"),
    from: from.ok ? (from.date ?? "") : "",
    to: to.ok ? (to.date ?? "") : "",
    // Kept from the current filter unless the admin clears it or types another ID.
    pk: form.get("keepPerson") ? String(form.get("pk") ?? "") : "",
  });
  const errors = new URLSearchParams();
  if (!from.ok) errors.set("fromError", from.code);
  if (!to.ok) errors.set("toError", to.code);
  const typed = text("citizenId").trim();
  if (typed) {
    const person = auditPersonFilter(staff, typed);
    if (!person.ok) {
      filter.personKey = undefined;
      errors.set("idError", person.code);
    } else {
      filter.personKey = person.personKey;
    }
  }
  const query = auditFilterQuery(filter);
  const problems = errors.toString();
  redirect({ href: `/staff/admin/audit${query}${problems ? `${query ? "&" : "?"}${problems}` : ""}`, locale });
}
