import { isAPIError } from "better-auth/api";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { getAuth } from "./auth";
import { clientAddress } from "./client-address";
import { counterNumberSchema } from "./counter";
import { sessionTokenHash } from "./hashed-session-adapter";
import { ACCOUNT_LOCKED, checkingPassword } from "./hooks";
import { minutesLeft } from "./lockout";
import { MAX_PASSWORD_LENGTH } from "./password-policy";
import { beginSignInAttempt } from "./sign-in-attempt";

/**
 * Sign-in for the staff pages' server actions. The lockout and the throttle are settled
 * first (sign-in-attempt.ts), then Better Auth checks the password; the cookies it sets
 * reach the browser through the nextCookies plugin, and are also returned here
 * (`setCookies`) for tests. Known and unknown usernames answer alike.
 */
export const signInInput = z.object({
  username: z.string().trim().toLowerCase().min(1).max(60),
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH * 4),
  counter: counterNumberSchema,
});
export type SignInInput = z.input<typeof signInInput>;

export type SignInResult =
  | { status: "signed-in"; setCookies: string[] }
  | { status: "two-factor"; setCookies: string[] }
  | { status: "invalid" }
  | { status: "locked"; minutesLeft: number }
  /** Too many attempts from this address (for this username, or in all): wait, then try again. */
  | { status: "throttled"; minutesLeft: number }
  | { status: "expired" };

export function setCookiesOf(headers: Headers | null | undefined): string[] {
  return headers?.getSetCookie() ?? [];
}

/** A lockout error from the hooks, worded by the screens with the minutes left. */
export function lockedResult(error: unknown, now = new Date()): { status: "locked"; minutesLeft: number } | null {
  if (!isAPIError(error) || error.body?.code !== ACCOUNT_LOCKED) return null;
  const until = new Date(String(error.body?.lockedUntil ?? ""));
  return { status: "locked", minutesLeft: Math.max(1, Number.isNaN(until.getTime()) ? 15 : minutesLeft(until, now)) };
}

export async function signIn(input: { username: string; password: string; counter: number | null }, headers: Headers): Promise<SignInResult> {
  const username = input.username.trim().toLowerCase();
  const attempt = await beginSignInAttempt(username, clientAddress(headers), new Date());
  if (attempt.status !== "check") return attempt;
  if (!attempt.account) {
    // No active account by that name: the same scrypt work as a password check, the same answer.
    await (await getAuth().$context).password.hash(input.password);
    return attempt.failed();
  }
  try {
    const { headers: responseHeaders, response } = await checkingPassword(() =>
      getAuth().api.signInUsername({ body: { username, password: input.password }, headers, returnHeaders: true }),
    );
    const setCookies = setCookiesOf(responseHeaders);
    const twoFactor = "twoFactorRedirect" in response && response.twoFactorRedirect === true;
    await attempt.succeeded({ twoFactor });
    if (twoFactor) return { status: "two-factor", setCookies };
    if ("token" in response && typeof response.token === "string") await setCounter(response.token, input.counter);
    return { status: "signed-in", setCookies };
  } catch (error) {
    if (isAPIError(error) && (error.statusCode === 401 || error.statusCode === 422)) return attempt.failed();
    throw error;
  }
}

/**
 * The second step for an account with an authenticator app: a 6-digit code, or one of the
 * backup codes shown when the app was set up.
 */
export async function verifySignInCode(input: { code: string; counter: number | null }, headers: Headers): Promise<SignInResult> {
  const code = input.code.replace(/\s+/g, "");
  const api = getAuth().api;
  try {
    const { headers: responseHeaders, response } = /^\d{6}$/.test(code)
      ? await api.verifyTOTP({ body: { code }, headers, returnHeaders: true })
      : await api.verifyBackupCode({ body: { code }, headers, returnHeaders: true });
    if (response.token) await setCounter(response.token, input.counter);
    return { status: "signed-in", setCookies: setCookiesOf(responseHeaders) };
  } catch (error) {
    const locked = lockedResult(error);
    if (locked) return locked;
    if (isAPIError(error)) {
      const reason = String(error.body?.code ?? "");
      if (reason === "INVALID_CODE" || reason === "INVALID_BACKUP_CODE") return { status: "invalid" };
      return { status: "expired" };
    }
    throw error;
  }
}

async function setCounter(token: string, counter: number | null): Promise<void> {
  if (counter === null) return;
  await db.staffSession.update({ where: { token: sessionTokenHash(token) }, data: { counterNumber: counter } });
}

/** The counter of the signed-in person's current session (the counter screens' "change counter"). */
export async function changeCounter(staffId: number, headers: Headers, counter: number | null): Promise<void> {
  const found = await getAuth().api.getSession({ headers, query: { disableCookieCache: true, disableRefresh: true } });
  if (!found || Number(found.user.id) !== staffId) return;
  await db.staffSession.update({ where: { token: sessionTokenHash(found.session.token) }, data: { counterNumber: counter } });
}
