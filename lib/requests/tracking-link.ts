import QRCode from "qrcode";
import type { Locale } from "@/lib/i18n/localized";

/** The public status page of a request, in the language it was filed in. */
export function trackingUrl(baseUrl: string, locale: Locale, token: string): string {
  const base = baseUrl.replace(/\/+$/, "");
  return `${base}${locale === "en" ? "/en" : ""}/track/${token}`;
}

/** The tracking URL as an SVG QR code for the receipt (medium error correction survives a smudged print). */
export function trackingQrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 1 });
}
