import { isLocale, type Locale } from "@/lib/i18n/localized";
import { errorXml } from "./xml";

export type Format = "json" | "xml";

/** What an Open311 endpoint answers; the HTTP layer writes it as is. */
export type Open311Reply = { status: number; headers: Record<string, string>; body: Buffer };

/**
 * Thai by default; `?locale=en` (or `lang=en`) for English. Null for a language we do not
 * speak: answered 400, not quietly in Thai to a caller that asked for something else.
 */
export function requestedLocale(url: URL): Locale | null {
  const value = url.searchParams.get("locale") ?? url.searchParams.get("lang");
  if (value === null) return "th";
  return isLocale(value) ? value : null;
}

export const UNKNOWN_LOCALE = "Unknown locale: use locale=th or locale=en";

const CONTENT_TYPES: Record<Format, string> = {
  json: "application/json; charset=utf-8",
  xml: "text/xml; charset=utf-8",
};

export function open311Reply(format: Format, body: Buffer | string, status = 200): Open311Reply {
  return {
    status,
    headers: {
      "Content-Type": CONTENT_TYPES[format],
      // Discovery is public, read-only data: any site may read it.
      "Access-Control-Allow-Origin": "*",
      "Cache-Control": "public, max-age=60",
      "X-Content-Type-Options": "nosniff",
    },
    body: typeof body === "string" ? Buffer.from(body) : body,
  };
}

export function open311Serialise(format: Format, json: unknown, xml: () => string, status = 200): Open311Reply {
  return open311Reply(format, format === "json" ? JSON.stringify(json) : xml(), status);
}

/** Errors in the GeoReport v2 shape: a list of {code, description}. */
export function open311Error(format: Format, status: number, description: string): Open311Reply {
  return open311Serialise(format, [{ code: status, description }], () => errorXml(status, description), status);
}
