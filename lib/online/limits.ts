import { rateLimiter, type Allow } from "@/lib/security/rate-limit";

/**
 * How much one connection and one person may file and upload. Generous for honest use
 * (a family filing several allowances from one phone; a village office sharing an
 * address), tight enough to stop a script. In memory on SQLite (a restart forgets them,
 * which only ever favours the resident), shared by every process on PostgreSQL
 * (lib/security/rate-limit.ts). Raised by environment for the benchmark only.
 */
const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;

function limit(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

export const ONLINE_LIMITS = {
  filingsPerAddress: { limit: limit("ONLINE_FILINGS_PER_ADDRESS_HOUR", 30), windowMs: HOUR },
  filingsPerPerson: { limit: limit("ONLINE_FILINGS_PER_PERSON_DAY", 10), windowMs: DAY },
  filesPerAddress: { limit: limit("ONLINE_FILES_PER_ADDRESS_HOUR", 60), windowMs: HOUR },
  filesPerPerson: { limit: limit("ONLINE_FILES_PER_PERSON_DAY", 30), windowMs: DAY },
  lookupsPerAddress: { limit: limit("TRACK_LOOKUPS_PER_ADDRESS_HOUR", 30), windowMs: HOUR },
  lookupsPerReference: { limit: limit("TRACK_LOOKUPS_PER_REFERENCE_HOUR", 10), windowMs: HOUR },
} as const;

export type LimitName = keyof typeof ONLINE_LIMITS;

const limiters = Object.fromEntries(
  Object.entries(ONLINE_LIMITS).map(([name, options]) => [name, rateLimiter({ name: `online-${name}`, ...options })]),
) as Record<LimitName, Allow>;

/** Counts one use; null when allowed, else the minutes to tell the person to wait. */
export async function spendLimit(name: LimitName, key: string, count = 1): Promise<number | null> {
  return (await limiters[name](key, Date.now(), count)) ? null : Math.ceil(ONLINE_LIMITS[name].windowMs / 60_000);
}
