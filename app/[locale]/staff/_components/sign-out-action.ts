"use server";

import { headers } from "next/headers";
import { signOut } from "@/lib/auth/sign-out";
import { isLocale } from "@/lib/i18n/localized";
import { redirect } from "@/lib/i18n/navigation";

/** The shell's sign-out button (a plain form: works without JavaScript; origin-checked by Next). */
export async function signOutAction(form: FormData): Promise<void> {
  const locale = form.get("locale");
  await signOut(new Headers(await headers()));
  redirect({ href: { pathname: "/staff/sign-in", query: { signedOut: "1" } }, locale: isLocale(locale) ? locale : "th" });
}
