import { db } from "@/lib/db/client";

export type Health = { status: "ok" | "unavailable"; database: "ok" | "unreachable"; uptimeSeconds: number };

/** Healthy means the database answers a query on a real table now (not just "SELECT 1",
 * which SQLite answers without reading the file). */
export async function checkHealth(): Promise<Health> {
  const uptimeSeconds = Math.round(process.uptime());
  try {
    await db.$queryRaw`SELECT 1 FROM "Division" LIMIT 1`;
    return { status: "ok", database: "ok", uptimeSeconds };
  } catch {
    return { status: "unavailable", database: "unreachable", uptimeSeconds };
  }
}
