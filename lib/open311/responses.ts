import { isLocale, type Locale } from "@/lib/i18n/localized";
import { errorXml } from "./xml";

export type Format = "json" | "xml";

/** Thai by default; `?locale=en` (or `lang=en`) for English. */
export function requestedLocale(url: URL): Locale {
  const value = url.searchParams.get("locale") ?? url.searchParams.get("lang");
  return isLocale(value) ? value : "th";
}

const CONTENT_TYPES: Record<Format, string> = {
  json: "application/json; charset=utf-8",
  xml: "text/xml; charset=utf-8",
};

const HEADERS = {
  // Discovery is public, read-only data: any site may read it.
  "Access-Control-Allow-Origin": "*",
  "Cache-Control": "public, max-age=60",
};

export function open311Response(format: Format, json: unknown, xml: () => string, status = 200): Response {
  const body = format === "json" ? JSON.stringify(json) : xml();
  return new Response(body, { status, headers: { ...HEADERS, "Content-Type": CONTENT_TYPES[format] } });
}

/** Errors in the GeoReport v2 shape: a list of {code, description}. */
export function open311Error(format: Format, status: number, description: string): Response {
  return open311Response(format, [{ code: status, description }], () => errorXml(status, description), status);
}
