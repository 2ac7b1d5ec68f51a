import { db } from "@/lib/db/client";
import type { DivisionOption } from "../_lib/editor-state";

/** The divisions a service can belong to, in catalogue order. */
export async function divisionOptions(): Promise<DivisionOption[]> {
  return db.division.findMany({ orderBy: [{ sortOrder: "asc" }, { code: "asc" }], select: { code: true, nameTh: true, nameEn: true } });
}
