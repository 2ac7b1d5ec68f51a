import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

/**
 * The keys other systems file with through Open311 (`npm run staff -- api-key ...` and the
 * administration page both come here). A key is 32 random bytes, printed once; only its
 * SHA-256 is stored, so a copied database holds no key that works.
 */
export type ApiKeyInfo = { id: number; name: string; services: string[]; createdAt: Date; revokedAt: Date | null; lastUsedAt: Date | null };
export type ApiKeyErrorCode = "invalid_name" | "name_taken" | "unknown_service" | "not_found";
/** Who made or revoked a key, for the audit log: an ADMIN on the administration page, or the server's shell. */
export type KeyActor = { staffId: number } | "cli";

const PREFIX = "ko311_";

export const hashApiKey = (key: string) => createHash("sha256").update(key).digest("hex");

export async function createApiKey(input: { name: string; services: string[] }, by: KeyActor): Promise<{ key: string; info: ApiKeyInfo }> {
  const name = input.name.trim();
  if (name.length < 3 || name.length > 80) throw new AppError<ApiKeyErrorCode>("invalid_name");
  const services = [...new Set(input.services.map((code) => code.trim()).filter(Boolean))];
  const known = await db.service.findMany({ where: { code: { in: services } }, select: { code: true } });
  const missing = services.filter((code) => !known.some((row) => row.code === code));
  if (missing.length > 0) throw new AppError<ApiKeyErrorCode>("unknown_service", { codes: missing });
  if (await db.apiKey.findUnique({ where: { name } })) throw new AppError<ApiKeyErrorCode>("name_taken");
  const key = PREFIX + randomBytes(32).toString("base64url");
  const row = await db.$transaction(async (tx) => {
    const created = await tx.apiKey.create({ data: { name, keyHash: hashApiKey(key), services: JSON.stringify(services) } });
    await tx.auditLog.create({ data: { action: "api_key.created", ...auditEntry(by, created.id, { name, services }) } });
    return created;
  });
  return { key, info: toInfo(row) };
}

export async function listApiKeys(): Promise<ApiKeyInfo[]> {
  return (await db.apiKey.findMany({ orderBy: { name: "asc" } })).map(toInfo);
}

/** Revoked at once: the next request with it is refused (there is no cache to wait for). */
export async function revokeApiKey(name: string, by: KeyActor, now = new Date()): Promise<ApiKeyInfo> {
  const row = await db.apiKey.findUnique({ where: { name: name.trim() } });
  if (!row) throw new AppError<ApiKeyErrorCode>("not_found");
  if (row.revokedAt) return toInfo(row);
  const [revoked] = await db.$transaction([
    db.apiKey.update({ where: { id: row.id }, data: { revokedAt: now } }),
    db.auditLog.create({ data: { action: "api_key.revoked", ...auditEntry(by, row.id, { name: row.name }, now) } }),
  ]);
  return toInfo(revoked);
}

function auditEntry(by: KeyActor, keyId: number, detail: Record<string, unknown>, at = new Date()) {
  return {
    at,
    actorType: by === "cli" ? "system" : "staff",
    actorId: by === "cli" ? null : by.staffId,
    actorLabel: by === "cli" ? "cli" : "",
    subjectType: "api_key",
    subjectId: String(keyId),
    detail: JSON.stringify(detail),
  };
}

/** The active key this secret belongs to, or null (missing, unknown and revoked alike). */
export async function findActiveApiKey(key: string | null): Promise<ApiKeyInfo | null> {
  if (!key || !key.startsWith(PREFIX) || key.length > 100) return null;
  const row = await db.apiKey.findUnique({ where: { keyHash: hashApiKey(key) } });
  return row && !row.revokedAt ? toInfo(row) : null;
}

/**
 * Records when a key was last used, at most once a minute per key and after the filing's
 * own transaction: every filing writing the same row would queue them all behind it.
 */
const lastNoted = new Map<number, number>();
export function noteKeyUsed(keyId: number, now = Date.now()): void {
  if (now - (lastNoted.get(keyId) ?? 0) < 60_000) return;
  lastNoted.set(keyId, now);
  db.apiKey.update({ where: { id: keyId }, data: { lastUsedAt: new Date(now) } }).catch(() => lastNoted.delete(keyId));
}

/** May this key file this service? An empty list means every service offered through Open311. */
export const keyMayFile = (key: ApiKeyInfo, serviceCode: string) => key.services.length === 0 || key.services.includes(serviceCode);

function toInfo(row: { id: number; name: string; services: string; createdAt: Date; revokedAt: Date | null; lastUsedAt: Date | null }): ApiKeyInfo {
  return { id: row.id, name: row.name, services: JSON.parse(row.services) as string[], createdAt: row.createdAt, revokedAt: row.revokedAt, lastUsedAt: row.lastUsedAt };
}
