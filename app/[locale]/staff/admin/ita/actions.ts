"use server";

import { revalidatePath } from "next/cache";
import { copyYear, setDeadline, updateItem } from "@/lib/ita/admin-items";
import { redirect } from "@/lib/i18n/navigation";
import type { StaffSession } from "@/lib/staff/session";
import { errorCode, formYear } from "../../ita/_lib";
import { adminActionSession, formLocale } from "../_lib/guard";

/** The ADMIN's ITA forms; lib/ita/admin-items.ts refuses anyone but an ADMIN itself. */
async function run(form: FormData, done: (result: unknown) => Record<string, string>, operation: (staff: StaffSession) => Promise<unknown>): Promise<never> {
  const locale = formLocale(form);
  const staff = await adminActionSession();
  if (!staff) return redirect({ href: "/staff/sign-in", locale });
  let outcome: Record<string, string>;
  try {
    outcome = done(await operation(staff));
  } catch (error) {
    outcome = { error: errorCode(error) };
  }
  revalidatePath("/[locale]/staff/admin/ita", "page");
  const year = String(outcome.year ?? formYear(form));
  return redirect({ href: { pathname: "/staff/admin/ita", query: { ...outcome, year } }, locale });
}

export async function updateItemAction(form: FormData): Promise<void> {
  await run(
    form,
    () => ({ done: "saved" }),
    (staff) =>
      updateItem(staff, Number(form.get("itemId")), {
        number: String(form.get("number") ?? ""),
        titleTh: String(form.get("titleTh") ?? ""),
        titleEn: String(form.get("titleEn") ?? ""),
        checksTh: String(form.get("checksTh") ?? ""),
        checksEn: String(form.get("checksEn") ?? ""),
        divisionId: String(form.get("divisionId") ?? ""),
        source: String(form.get("source") ?? ""),
      }),
  );
}

export async function copyYearAction(form: FormData): Promise<void> {
  const to = Number(form.get("to"));
  await run(
    form,
    (count) => ({ done: "copied", count: String(count), year: String(to) }),
    (staff) => copyYear(staff, { from: formYear(form), to }),
  );
}

export async function setDeadlineAction(form: FormData): Promise<void> {
  await run(
    form,
    () => ({ done: "deadline" }),
    (staff) => setDeadline(staff, { fiscalYear: formYear(form), deadline: String(form.get("deadline") ?? "") }),
  );
}
