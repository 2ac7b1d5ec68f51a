import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { twoFactor } from "better-auth/plugins/two-factor";
import { username } from "better-auth/plugins/username";
import { db } from "@/lib/db/client";
import { hashedSessionTokens } from "./hashed-session-adapter";
import { afterAuthHook, beforeAuthHook } from "./hooks";
import { LOCKOUT_MINUTES, MAX_FAILED_SIGN_INS } from "./lockout";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password-policy";
import { authSecret } from "./secret";
import { USERNAME_PATTERN } from "./username";

/** The session cookie is `ko-staff.session_token` (`__Secure-ko-staff.session_token` over https). */
export const COOKIE_PREFIX = "ko-staff";
/** A session lasts one working day and is never silently extended: staff sign in each day. */
export const SESSION_HOURS = 12;
export const TOTP_ISSUER = "Ko One-Stop";

/** The address Better Auth works under: PUBLIC_URL when set (https there means Secure cookies). */
export function authBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.PUBLIC_URL ?? `http://localhost:${env.PORT ?? "3000"}`).replace(/\/+$/, "");
}

function createAuth() {
  return betterAuth({
    appName: TOTP_ISSUER,
    baseURL: authBaseUrl(),
    // Nothing is mounted over HTTP: the staff pages' server actions (origin-checked by
    // Next.js) call auth.api directly. Should a route ever be mounted, Better Auth checks
    // Origin against these: the public address and the address the browser used.
    trustedOrigins: (request) => {
      const origins = [authBaseUrl()];
      const host = request?.headers.get("host");
      if (host) origins.push(`http://${host}`, `https://${host}`);
      return origins;
    },
    secret: authSecret(),
    // The database keeps each session token's SHA-256 only (hashed-session-adapter.ts).
    // "sqlite" on PostgreSQL too: it keeps Better Auth to the portable columns both schemas
    // share ("postgresql" would have it expect native arrays and UUIDs).
    database: hashedSessionTokens(prismaAdapter(db, { provider: "sqlite" })),
    telemetry: { enabled: false },
    logger: { level: "error" },
    // Accounts are made by `npm run staff` and the administration pages, never by sign-up.
    emailAndPassword: { enabled: false, disableSignUp: true, minPasswordLength: MIN_PASSWORD_LENGTH, maxPasswordLength: MAX_PASSWORD_LENGTH },
    disabledPaths: ["/sign-up/email", "/sign-in/email", "/update-user", "/delete-user", "/change-email", "/request-password-reset", "/reset-password", "/update-session", "/list-sessions", "/revoke-session", "/revoke-other-sessions"],
    user: {
      modelName: "staffUser",
      fields: { name: "displayName" },
    },
    session: {
      modelName: "staffSession",
      expiresIn: SESSION_HOURS * 60 * 60,
      disableSessionRefresh: true,
      additionalFields: { counterNumber: { type: "number", required: false, input: false } },
    },
    account: { modelName: "staffAccount" },
    verification: { modelName: "staffVerification" },
    advanced: {
      cookiePrefix: COOKIE_PREFIX,
      // Better Auth's user is our StaffUser: integer ids that RequestEvent and AuditLog reference.
      database: { generateId: "serial" },
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", path: "/" },
    },
    hooks: { before: beforeAuthHook, after: afterAuthHook },
    plugins: [
      username({
        displayUsername: false,
        minUsernameLength: 3,
        maxUsernameLength: 30,
        usernameValidator: (name) => USERNAME_PATTERN.test(name),
      }),
      twoFactor({
        issuer: TOTP_ISSUER,
        twoFactorTable: "staffTwoFactor",
        // Wrong codes lock the second step the same way wrong passwords lock sign-in.
        accountLockout: { enabled: true, maxFailedAttempts: MAX_FAILED_SIGN_INS, durationSeconds: LOCKOUT_MINUTES * 60 },
        twoFactorCookieMaxAge: 10 * 60,
      }),
      // Last: writes the cookies Better Auth sets into the server action's response.
      nextCookies(),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

// Made on first use: the build imports this module without a database or a secret.
const globalForAuth = globalThis as unknown as { koStaffAuth?: Auth };
let instance: Auth | undefined;

export function getAuth(): Auth {
  instance ??= globalForAuth.koStaffAuth ?? createAuth();
  if (process.env.NODE_ENV === "development") globalForAuth.koStaffAuth = instance;
  return instance;
}
