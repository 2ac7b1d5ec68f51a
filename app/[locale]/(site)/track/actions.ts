"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientAddress } from "@/lib/auth/client-address";
import { getPathname } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/localized";
import { findByReference } from "@/lib/tracking/find-by-reference";

/** The lookup form's action: to the request's page, or back to the form with one neutral answer. */
export async function lookUpRequest(form: FormData): Promise<void> {
  const locale = String(form.get("locale"));
  if (!isLocale(locale)) redirect("/track");
  const reference = String(form.get("reference") ?? "").slice(0, 40);
  const result = await findByReference(reference, String(form.get("last4") ?? ""), clientAddress(await headers()));
  if (result.found) redirect(getPathname({ href: `/track/${result.token}`, locale }));
  const outcome = "retryAfterMinutes" in result ? `limited&wait=${result.retryAfterMinutes}` : "none";
  redirect(`${getPathname({ href: "/track", locale })}?ref=${encodeURIComponent(reference)}&result=${outcome}`);
}
