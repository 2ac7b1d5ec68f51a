import path from "node:path";
import { z } from "zod";
import { resolveDatabaseUrl } from "@/lib/db/database-url";

const days = (fallback: number) => z.coerce.number().int().min(1).max(3650).default(fallback);
const env = z.object({
  INTEGRITY_RETENTION_DAYS: days(90),
  INTEGRITY_RESPONSE_DAYS: days(15),
  INTEGRITY_CONCLUDE_DAYS: days(90),
});

/** The channel's time limits, from the environment (an empty value means the default). */
export type ChannelLimits = { retentionDays: number; responseDays: number; concludeDays: number };

/**
 * - retention: days a closed report is kept before it is destroyed (GlobaLeaks' default: 90);
 * - response: days to a first answer to the reporter (15: the Royal Decree on Good
 *   Governance B.E. 2546, s. 38, for complaints to a state agency);
 * - conclude: the municipality's own target for finishing the fact-finding (90 by default).
 */
export function channelLimits(source: NodeJS.ProcessEnv = process.env): ChannelLimits {
  const parsed = env.parse({
    INTEGRITY_RETENTION_DAYS: source.INTEGRITY_RETENTION_DAYS || undefined,
    INTEGRITY_RESPONSE_DAYS: source.INTEGRITY_RESPONSE_DAYS || undefined,
    INTEGRITY_CONCLUDE_DAYS: source.INTEGRITY_CONCLUDE_DAYS || undefined,
  });
  return { retentionDays: parsed.INTEGRITY_RETENTION_DAYS, responseDays: parsed.INTEGRITY_RESPONSE_DAYS, concludeDays: parsed.INTEGRITY_CONCLUDE_DAYS };
}

/** Days a closed report is kept before it is destroyed. */
export function retentionDays(source: NodeJS.ProcessEnv = process.env): number {
  return channelLimits(source).retentionDays;
}

/** Encrypted report files: in the data folder beside the database, apart from request files. */
export function integrityFolder(source: NodeJS.ProcessEnv = process.env): string {
  return path.join(resolveDatabaseUrl(source.DATABASE_URL, process.cwd(), source).dataFolder, "integrity");
}
