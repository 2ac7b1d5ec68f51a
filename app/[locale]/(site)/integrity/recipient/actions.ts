"use server";

import { headers } from "next/headers";
import { clientAddress } from "@/lib/auth/client-address";
import { isLocale, type Locale } from "@/lib/i18n/localized";
import { redirect } from "@/lib/i18n/navigation";
import { endRecipientSession, startRecipientSession } from "@/lib/integrity/recipient-session";
import { recipientCookieOptions } from "@/lib/integrity/session-cookie";
import type { SignInState } from "./states";
import { recipientToken, setRecipientToken } from "./session";

/**
 * Sign-in and sign-out for recipients (server actions: Next.js refuses another origin). The
 * address is only handed to the throttle, which keeps a keyed hash of it in memory; nothing
 * here is logged but a bare failure.
 */
const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};
const formLocale = (form: FormData): Locale => {
  const value = form.get("locale");
  return isLocale(value) ? value : "th";
};

export async function recipientSignInAction(previous: SignInState, form: FormData): Promise<SignInState> {
  const name = text(form, "name").slice(0, 60);
  let result;
  try {
    result = await startRecipientSession({ name, password: text(form, "password") }, clientAddress(await headers()));
  } catch {
    console.error("integrity: a recipient sign-in failed unexpectedly");
    return { error: "invalid", name, at: previous.at + 1 };
  }
  if (!result.ok) return { error: result.code, name, at: previous.at + 1 };
  // The same token under each language's path: switching language keeps the session.
  await setRecipientToken(result.token, (path) => recipientCookieOptions(path));
  return redirect({ href: "/integrity/recipient", locale: formLocale(form) });
}

export async function recipientSignOutAction(form: FormData): Promise<void> {
  await endRecipientSession(await recipientToken());
  await setRecipientToken("", (path) => ({ ...recipientCookieOptions(path), maxAge: 0 }));
  redirect({ href: "/integrity/recipient", locale: formLocale(form) });
}
