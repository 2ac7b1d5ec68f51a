import { canStartWriteTransaction, db } from "@/lib/db/client";

export type Health = {
  status: "ok" | "unavailable";
  /** `read_only`: the database answers but a filing could not be written now. */
  database: "ok" | "unreachable" | "read_only";
  uptimeSeconds: number;
};

/** A health check is polled: it may wait this long for the write lock, no longer. */
export const WRITE_PROBE_TIMEOUT_MS = 1_000;

/**
 * Healthy means the database answers a query on a real table now (not just "SELECT 1",
 * which SQLite answers without reading the file), and a write transaction can start: a
 * server that still answers reads but cannot file anything is not healthy.
 */
export async function checkHealth(): Promise<Health> {
  const uptimeSeconds = Math.round(process.uptime());
  try {
    await db.$queryRaw`SELECT 1 FROM "Division" LIMIT 1`;
  } catch {
    return { status: "unavailable", database: "unreachable", uptimeSeconds };
  }
  if (!(await canStartWriteTransaction(WRITE_PROBE_TIMEOUT_MS).catch(() => false))) {
    return { status: "unavailable", database: "read_only", uptimeSeconds };
  }
  return { status: "ok", database: "ok", uptimeSeconds };
}
