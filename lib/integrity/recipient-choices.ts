import { db } from "@/lib/db/client";

/**
 * What the report form shows so a reporter can leave someone out: each recipient's staff
 * display name and division name, nothing else (as GlobaLeaks lists its recipients).
 */
export async function recipientChoices(locale: "th" | "en") {
  const rows = await db.integrityRecipient.findMany({ select: { id: true, staffUserId: true, divisionId: true }, orderBy: { id: "asc" } });
  const staff = await db.staffUser.findMany({ where: { id: { in: rows.map((r) => r.staffUserId) }, active: true }, select: { id: true, displayName: true } });
  const divisions = await db.division.findMany({ select: { id: true, code: true, nameTh: true, nameEn: true }, orderBy: { sortOrder: "asc" } });
  const name = (d: (typeof divisions)[number]) => (locale === "th" ? d.nameTh : d.nameEn);
  return {
    recipients: rows.flatMap((r) => {
      const person = staff.find((s) => s.id === r.staffUserId);
      const division = divisions.find((d) => d.id === r.divisionId);
      return person ? [{ id: r.id, name: person.displayName, division: division ? name(division) : null }] : [];
    }),
    divisions: divisions.map((d) => ({ code: d.code, name: name(d) })),
  };
}
