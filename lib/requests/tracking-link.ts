import QRCode from "qrcode";
import type { Locale } from "@/lib/i18n/localized";

/** The public status page of a request, in the language it was filed in. */
export function trackingUrl(baseUrl: string, locale: Locale, token: string): string {
  const base = baseUrl.replace(/\/+$/, "");
  return `${base}${locale === "en" ? "/en" : ""}/track/${token}`;
}

/**
 * The tracking URL as an SVG QR code for the receipt (medium error correction survives a
 * smudged print). One byte-mode segment: a URL with mixed-case letters gains nothing from
 * the library's search for the shortest mix of modes, which cost more than the rest of
 * the drawing on every filing.
 */
export function trackingQrSvg(url: string): Promise<string> {
  return QRCode.toString([{ data: Buffer.from(url, "utf8"), mode: "byte" }], { type: "svg", errorCorrectionLevel: "M", margin: 1 });
}
