import { AsyncLocalStorage } from "node:async_hooks";
import { APIError, createAuthMiddleware, getSessionFromCtx, isAPIError } from "better-auth/api";
import { db } from "@/lib/db/client";
import { auditAuth } from "./audit";
import { isLocked, minutesLeft } from "./lockout";
import { claimTotpStep } from "./totp-replay";

/**
 * Better Auth checks passwords and codes; these hooks add what the municipality needs
 * around it, on every way in (our server actions call auth.api, so hooks run for them too):
 *
 * - a username sign-in runs only inside `checkingPassword`, which sign-in.ts calls once the
 *   lockout slot and the throttle are settled (sign-in-attempt.ts); any other call to
 *   auth.api.signInUsername is refused, so nothing can check a password around the lockout;
 * - after the second step (authenticator code or backup code) at sign-in: audited, and a
 *   lockout worded as plainly as for passwords. A code is used once (totp-replay.ts).
 */
export const ACCOUNT_LOCKED = "ACCOUNT_LOCKED";
export const INVALID_CREDENTIALS = "INVALID_USERNAME_OR_PASSWORD";
const SIGN_IN = "/sign-in/username";
const VERIFY_TOTP = "/two-factor/verify-totp";
const SECOND_STEP = new Set([VERIFY_TOTP, "/two-factor/verify-backup-code"]);
const TWO_FACTOR_COOKIE = "two_factor";

function lockedError(lockedUntil: Date): APIError {
  return new APIError("FORBIDDEN", { code: ACCOUNT_LOCKED, message: "Account locked", lockedUntil: lockedUntil.toISOString() });
}

const passwordCheck = new AsyncLocalStorage<true>();

/** Run a username sign-in whose attempt has been counted (sign-in.ts only). */
export function checkingPassword<T>(signIn: () => Promise<T>): Promise<T> {
  return passwordCheck.run(true, signIn);
}

export const beforeAuthHook = createAuthMiddleware(async (ctx) => {
  if (ctx.path === SIGN_IN && !passwordCheck.getStore()) {
    throw new APIError("UNAUTHORIZED", { code: INVALID_CREDENTIALS, message: "Invalid username or password" });
  }
  if (ctx.path === VERIFY_TOTP) {
    const code = String((ctx.body as { code?: unknown } | undefined)?.code ?? "");
    const user = await twoFactorUser(ctx);
    if (user && !(await claimTotpStep(user.id, code, ctx.context.secretConfig, new Date()))) {
      await auditAuth("staff.two_factor_failed", user, { method: "totp", reason: "reused_code" });
      throw new APIError("UNAUTHORIZED", { code: "INVALID_CODE", message: "Invalid two factor code" });
    }
  }
});

type HookContext = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0];

/** Whose code this is: the pending sign-in's (its signed cookie), else the signed-in person's (setting up an app). */
async function twoFactorUser(ctx: HookContext): Promise<{ id: number; username: string } | null> {
  const cookieName = ctx.context.createAuthCookie(TWO_FACTOR_COOKIE).name;
  const identifier = await ctx.getSignedCookie(cookieName, ctx.context.secret);
  const pending = identifier ? await ctx.context.internalAdapter.findVerificationValue(identifier) : null;
  const id = pending ? Number(pending.value) : Number((await getSessionFromCtx(ctx).catch(() => null))?.user.id);
  return Number.isInteger(id) ? db.staffUser.findUnique({ where: { id }, select: { id: true, username: true } }) : null;
}

export const afterAuthHook = createAuthMiddleware(async (ctx) => {
  if (SECOND_STEP.has(ctx.path)) {
    const cookieName = ctx.context.createAuthCookie(TWO_FACTOR_COOKIE).name;
    // Only the sign-in step carries this cookie; setting up an app (signed in) does not.
    if (!(ctx.headers?.get("cookie") ?? "").includes(cookieName)) return;
    const returned = ctx.context.returned;
    const method = ctx.path.endsWith("totp") ? "totp" : "backup_code";
    if (isAPIError(returned)) {
      const identifier = await ctx.getSignedCookie(cookieName, ctx.context.secret);
      const pending = identifier ? await ctx.context.internalAdapter.findVerificationValue(identifier) : null;
      const user = pending
        ? await db.staffUser.findUnique({ where: { id: Number(pending.value) }, select: { id: true, username: true, twoFactors: { select: { lockedUntil: true } } } })
        : null;
      const reason = String(returned.body?.code ?? returned.status);
      await auditAuth("staff.two_factor_failed", user ?? { id: null, username: "" }, { method, reason });
      // Better Auth locks the second step after 5 wrong codes; say so as plainly as for passwords.
      const lockedUntil = user?.twoFactors[0]?.lockedUntil ?? null;
      if (user && isLocked(lockedUntil, new Date())) {
        if (reason !== "ACCOUNT_TEMPORARILY_LOCKED") await auditAuth("staff.locked_out", user, { minutes: minutesLeft(lockedUntil, new Date()), step: "two_factor" });
        throw lockedError(lockedUntil!);
      }
      return;
    }
    const userId = Number((returned as { user?: { id?: unknown } } | undefined)?.user?.id);
    const user = Number.isInteger(userId) ? await db.staffUser.findUnique({ where: { id: userId }, select: { id: true, username: true } }) : null;
    if (user) await auditAuth("staff.signed_in", user, { twoFactor: method });
  }
});
