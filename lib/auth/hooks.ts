import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import { db } from "@/lib/db/client";
import { auditAuth } from "./audit";
import { AFTER_SUCCESS, afterFailedSignIn, isLocked, minutesLeft } from "./lockout";
import { USERNAME_PATTERN } from "./username";

/**
 * Better Auth checks the password; these hooks add what the municipality needs around it,
 * on every way in (our server actions call auth.api, so hooks run for them too):
 *
 * - before a username sign-in: a deactivated account is refused as a wrong password, a
 *   locked one with ACCOUNT_LOCKED (the screen says how many minutes are left);
 * - after it: a wrong password counts toward the lockout (the fifth locks the account for
 *   15 minutes and answers ACCOUNT_LOCKED at once), a right one resets the count;
 * - after the second step (authenticator code or backup code) at sign-in: audited.
 */
export const ACCOUNT_LOCKED = "ACCOUNT_LOCKED";
export const INVALID_CREDENTIALS = "INVALID_USERNAME_OR_PASSWORD";
const SIGN_IN = "/sign-in/username";
const SECOND_STEP = new Set(["/two-factor/verify-totp", "/two-factor/verify-backup-code"]);
const TWO_FACTOR_COOKIE = "two_factor";

function lockedError(lockedUntil: Date): APIError {
  return new APIError("FORBIDDEN", { code: ACCOUNT_LOCKED, message: "Account locked", lockedUntil: lockedUntil.toISOString() });
}

function invalidCredentials(): APIError {
  return new APIError("UNAUTHORIZED", { code: INVALID_CREDENTIALS, message: "Invalid username or password" });
}

function typedUsername(body: unknown): string | null {
  const value = (body as { username?: unknown } | undefined)?.username;
  if (typeof value !== "string") return null;
  const name = value.trim().toLowerCase();
  return USERNAME_PATTERN.test(name) ? name : null;
}

async function findByUsername(username: string | null) {
  if (!username) return null;
  return db.staffUser.findUnique({
    where: { username },
    select: { id: true, username: true, active: true, lockedUntil: true, twoFactorEnabled: true },
  });
}

export const beforeAuthHook = createAuthMiddleware(async (ctx) => {
  if (ctx.path !== SIGN_IN) return;
  const user = await findByUsername(typedUsername(ctx.body));
  if (!user) return;
  if (!user.active) {
    await auditAuth("staff.sign_in_refused", user, { reason: "deactivated" });
    // Hash anyway, so a deactivated name answers as slowly as a wrong password.
    await ctx.context.password.hash(String((ctx.body as { password?: unknown }).password ?? ""));
    throw invalidCredentials();
  }
  const now = new Date();
  if (isLocked(user.lockedUntil, now)) {
    await auditAuth("staff.sign_in_refused", user, { reason: "locked", minutesLeft: minutesLeft(user.lockedUntil, now) });
    throw lockedError(user.lockedUntil!);
  }
});

export const afterAuthHook = createAuthMiddleware(async (ctx) => {
  if (ctx.path === SIGN_IN) return afterSignIn(ctx.body, ctx.context.returned);
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

async function afterSignIn(body: unknown, returned: unknown): Promise<void> {
  const user = await findByUsername(typedUsername(body));
  if (isAPIError(returned)) {
    if (returned.body?.code === ACCOUNT_LOCKED) return;
    if (!user) {
      // The typed name is not logged: it may be a password typed into the wrong box.
      await auditAuth("staff.sign_in_failed", { id: null, username: "" }, { reason: "unknown_username" });
      return;
    }
    if (returned.body?.code !== INVALID_CREDENTIALS) return;
    const now = new Date();
    const { failedSignIns } = await db.staffUser.update({ where: { id: user.id }, data: { failedSignIns: { increment: 1 } }, select: { failedSignIns: true } });
    const next = afterFailedSignIn(failedSignIns, now);
    await auditAuth("staff.sign_in_failed", user, { reason: "wrong_password", failedSignIns });
    if (!next.lockedNow) return;
    await db.staffUser.update({ where: { id: user.id }, data: { failedSignIns: next.failedSignIns, lockedUntil: next.lockedUntil } });
    await auditAuth("staff.locked_out", user, { minutes: minutesLeft(next.lockedUntil, now) });
    throw lockedError(next.lockedUntil!);
  }
  if (!user) return;
  await db.staffUser.update({ where: { id: user.id }, data: AFTER_SUCCESS });
  // With an authenticator app, sign-in completes (and is audited) at the second step.
  if (!user.twoFactorEnabled) await auditAuth("staff.signed_in", user, { twoFactor: "none" });
}
