import { createHash } from "node:crypto";

/**
 * Canonical JSON: object keys sorted by code unit, no whitespace, `undefined` members left
 * out, strings escaped as JSON.stringify does. The agent and the web server hash the same
 * bytes for the same data whatever key order the data travelled in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === "boolean" || typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError("canonical JSON has no NaN or Infinity");
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item === undefined ? null : item)).join(",")}]`;
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
    return `{${members.join(",")}}`;
  }
  throw new TypeError(`canonical JSON cannot hold a ${typeof value}`);
}

/**
 * The card data that is attested: everything except the photo (large, and the server should
 * not need it to trust the identity) and `meta` (reader name and timings are not card data).
 */
export function canonicalCardData(data: object): Record<string, unknown> {
  const { photo: _photo, meta: _meta, ...rest } = data as Record<string, unknown>;
  return rest;
}

/** Hex SHA-256 of the canonical JSON of the canonical card data. */
export function cardDataHash(data: object): string {
  return createHash("sha256").update(canonicalJson(canonicalCardData(data)), "utf8").digest("hex");
}
