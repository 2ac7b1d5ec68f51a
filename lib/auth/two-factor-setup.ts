import { isAPIError } from "better-auth/api";
import QRCode from "qrcode";
import { getAuth, TOTP_ISSUER } from "./auth";
import { auditAuth } from "./audit";
import { setCookiesOf } from "./sign-in";
import { readSessionState } from "./staff-session";

export type TwoFactorSetupStart =
  | { status: "started"; otpauthUri: string; secret: string; qrSvg: string; backupCodes: string[] }
  | { status: "wrong-password" }
  | { status: "already-enabled" }
  | { status: "signed-out" };

/**
 * The otpauth:// address an authenticator app reads, naming the account by its username
 * (Better Auth names it by the placeholder email, which staff should never see).
 */
export function otpauthUri(betterAuthUri: string, username: string): { uri: string; secret: string } {
  const parsed = new URL(betterAuthUri);
  const secret = parsed.searchParams.get("secret") ?? "";
  const params = new URLSearchParams({ secret, issuer: TOTP_ISSUER, digits: "6", period: "30" });
  return { uri: `otpauth://totp/${encodeURIComponent(TOTP_ISSUER)}:${encodeURIComponent(username)}?${params}`, secret };
}

/**
 * First half of setting up an authenticator app: check the password again, make a secret,
 * and return what the page shows once (QR code, the secret for typing, backup codes).
 * Nothing is switched on until `confirmTwoFactorSetup` receives a code from the app.
 */
export async function beginTwoFactorSetup(password: string, headers: Headers): Promise<TwoFactorSetupStart> {
  const current = await readSessionState(headers);
  if (current.state === "signed-out" || current.state === "must-change-password") return { status: "signed-out" };
  if (current.twoFactorEnabled) return { status: "already-enabled" };
  try {
    const result = await getAuth().api.enableTwoFactor({ body: { password, method: "totp" }, headers });
    if (!("totpURI" in result) || !result.totpURI) throw new Error("no TOTP address returned");
    const { uri, secret } = otpauthUri(result.totpURI, current.staff.username);
    const qrSvg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 1 });
    return { status: "started", otpauthUri: uri, secret, qrSvg, backupCodes: result.backupCodes ?? [] };
  } catch (error) {
    if (isAPIError(error) && error.body?.code === "INVALID_PASSWORD") return { status: "wrong-password" };
    throw error;
  }
}

export type TwoFactorSetupConfirm = { status: "enabled"; setCookies: string[] } | { status: "invalid-code" } | { status: "not-started" } | { status: "signed-out" };

/** Second half: a code from the app proves it holds the secret; from now on sign-in asks for one. */
export async function confirmTwoFactorSetup(code: string, headers: Headers): Promise<TwoFactorSetupConfirm> {
  const current = await readSessionState(headers);
  if (current.state === "signed-out" || current.state === "must-change-password") return { status: "signed-out" };
  const digits = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(digits)) return { status: "invalid-code" };
  try {
    const { headers: responseHeaders } = await getAuth().api.verifyTOTP({ body: { code: digits }, headers, returnHeaders: true });
    if (!current.twoFactorEnabled) await auditAuth("staff.two_factor_enabled", current.staff);
    return { status: "enabled", setCookies: setCookiesOf(responseHeaders) };
  } catch (error) {
    if (isAPIError(error) && error.body?.code === "INVALID_CODE") return { status: "invalid-code" };
    if (isAPIError(error) && error.body?.code === "TOTP_NOT_ENABLED") return { status: "not-started" };
    throw error;
  }
}
