import { createHmac, timingSafeEqual } from "node:crypto";
import { appSecret } from "@/lib/security/app-secret";

/**
 * Enrolled waiting-room displays (จอแสดงคิว). The TV opens /display?device=<token>; the
 * token names the screen and is signed with the server's secret, so it needs no table and
 * survives the kiosk browser's throw-away profile. An enrolled screen gets its own pool of
 * live streams (the public pool can be crowded out by anyone on the network) and is
 * trusted to play sound unattended. It grants nothing else: the display stream is public.
 * Changing the server's secret revokes every token.
 */
const LABEL = "ko-one-stop/display-device/v1:";
const NAME = /^[a-z0-9][a-z0-9-]{0,39}$/;

export function isDisplayName(name: string): boolean {
  return NAME.test(name);
}

function signature(name: string): Buffer {
  return createHmac("sha256", appSecret()).update(LABEL + name).digest().subarray(0, 18);
}

export function displayDeviceToken(name: string): string {
  if (!isDisplayName(name)) throw new Error("display name: lowercase letters, digits and hyphens, at most 40");
  return `${name}.${signature(name).toString("base64url")}`;
}

/** The screen's name for a valid token, else null. */
export function enrolledDisplayName(token: string | null | undefined): string | null {
  if (!token || token.length > 80) return null;
  const dot = token.lastIndexOf(".");
  const name = token.slice(0, dot);
  if (dot < 1 || !isDisplayName(name)) return null;
  // Compared as text: base64 decoding would ignore stray trailing characters.
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(signature(name).toString("base64url"));
  return given.length === expected.length && timingSafeEqual(given, expected) ? name : null;
}
