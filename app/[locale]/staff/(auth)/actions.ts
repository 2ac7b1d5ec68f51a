"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { changePassword } from "@/lib/auth/change-password";
import type { PasswordProblem } from "@/lib/auth/password-policy";
import { counterNumberSchema } from "@/lib/auth/counter";
import { signIn, signInInput, verifySignInCode } from "@/lib/auth/sign-in";
import { beginTwoFactorSetup, confirmTwoFactorSetup } from "@/lib/auth/two-factor-setup";
import { isLocale, type Locale } from "@/lib/i18n/localized";
import { redirect } from "@/lib/i18n/navigation";

/**
 * The sign-in screens' server actions (Next.js checks their Origin). Every value is read
 * from the form and checked here; Better Auth, called through lib/auth, sets the cookies.
 * Errors come back as codes that the forms word in Thai or English.
 */
const requestHeaders = async () => new Headers(await headers());
const formLocale = (form: FormData): Locale => {
  const value = form.get("locale");
  return isLocale(value) ? value : "th";
};
const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

export type SignInState = { error?: "invalid" | "locked" | "throttled" | "expired"; minutesLeft?: number; username?: string; counter?: string; attempt: number };

export async function signInAction(previous: SignInState, form: FormData): Promise<SignInState> {
  const locale = formLocale(form);
  const attempt = previous.attempt + 1;
  const parsed = signInInput.safeParse({ username: text(form, "username"), password: text(form, "password"), counter: text(form, "counter") });
  const kept = { username: text(form, "username").slice(0, 60), counter: text(form, "counter").slice(0, 2), attempt };
  if (!parsed.success) return { ...kept, error: "invalid" };
  const result = await signIn(parsed.data, await requestHeaders());
  if (result.status === "locked" || result.status === "throttled") return { ...kept, error: result.status, minutesLeft: result.minutesLeft };
  if (result.status === "invalid" || result.status === "expired") return { ...kept, error: result.status };
  if (result.status === "two-factor") {
    const query: Record<string, string> = parsed.data.counter === null ? {} : { counter: String(parsed.data.counter) };
    return redirect({ href: { pathname: "/staff/sign-in/code", query }, locale });
  }
  // The console's pages send a pending step (new password, authenticator app) onwards.
  return redirect({ href: "/staff", locale });
}

export type CodeState = { error?: "invalid" | "locked"; minutesLeft?: number; attempt: number };

export async function verifyCodeAction(previous: CodeState, form: FormData): Promise<CodeState> {
  const locale = formLocale(form);
  const attempt = previous.attempt + 1;
  const code = z.string().trim().min(1).max(40).safeParse(text(form, "code"));
  const counter = counterNumberSchema.safeParse(text(form, "counter"));
  if (!code.success) return { error: "invalid", attempt };
  const result = await verifySignInCode({ code: code.data, counter: counter.success ? counter.data : null }, await requestHeaders());
  if (result.status === "invalid") return { error: "invalid", attempt };
  if (result.status === "locked") return { error: "locked", minutesLeft: result.minutesLeft, attempt };
  if (result.status === "expired") return redirect({ href: { pathname: "/staff/sign-in", query: { expired: "1" } }, locale });
  return redirect({ href: "/staff", locale });
}

export type PasswordState = { error?: PasswordProblem | "wrong_current"; attempt: number };

export async function changePasswordAction(previous: PasswordState, form: FormData): Promise<PasswordState> {
  const locale = formLocale(form);
  const attempt = previous.attempt + 1;
  const result = await changePassword(
    { currentPassword: text(form, "currentPassword"), newPassword: text(form, "newPassword"), confirmation: text(form, "confirmation") },
    await requestHeaders(),
  );
  if (result.status === "invalid") return { error: result.problem, attempt };
  if (result.status === "wrong-current") return { error: "wrong_current", attempt };
  if (result.status === "signed-out") return redirect({ href: "/staff/sign-in", locale });
  // On to the board, or to the authenticator set-up an ADMIN still needs.
  return redirect({ href: "/staff", locale });
}

export type SetupStartState =
  | { status: "idle" | "wrong-password"; attempt: number }
  | { status: "started"; qrSvg: string; secret: string; backupCodes: string[]; attempt: number };

export async function beginSetupAction(previous: SetupStartState, form: FormData): Promise<SetupStartState> {
  const locale = formLocale(form);
  const attempt = previous.attempt + 1;
  const result = await beginTwoFactorSetup(text(form, "password"), await requestHeaders());
  if (result.status === "signed-out") return redirect({ href: "/staff/sign-in", locale });
  if (result.status === "already-enabled") return redirect({ href: "/staff/two-factor", locale });
  if (result.status === "wrong-password") return { status: "wrong-password", attempt };
  return { status: "started", qrSvg: result.qrSvg, secret: result.secret, backupCodes: result.backupCodes, attempt };
}

export type SetupConfirmState = { error?: "invalid-code" | "not-started"; attempt: number };

export async function confirmSetupAction(previous: SetupConfirmState, form: FormData): Promise<SetupConfirmState> {
  const locale = formLocale(form);
  const attempt = previous.attempt + 1;
  const result = await confirmTwoFactorSetup(text(form, "code"), await requestHeaders());
  if (result.status === "signed-out") return redirect({ href: "/staff/sign-in", locale });
  if (result.status === "invalid-code" || result.status === "not-started") return { error: result.status, attempt };
  return redirect({ href: "/staff/two-factor", locale });
}
