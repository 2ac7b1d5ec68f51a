import { rateLimiter } from "@/lib/security/rate-limit";

/**
 * How much one key may file, and one address may read. A partner's platform files in
 * bursts (a chatbot's queue after an outage), so the window is a minute and the limit
 * generous; it is there to stop a runaway loop, not to meter honest use. Raised by
 * environment for the benchmark only.
 */
function limit(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

const MINUTE = 60_000;
const posts = rateLimiter({ name: "open311-posts", limit: limit("OPEN311_POSTS_PER_KEY_MINUTE", 120), windowMs: MINUTE });
const reads = rateLimiter({ name: "open311-reads", limit: limit("OPEN311_READS_PER_ADDRESS_MINUTE", 600), windowMs: MINUTE });

/** Null when allowed, else the seconds to wait (the Retry-After header). */
export const spendKeyLimit = async (keyId: number) => ((await posts(`key:${keyId}`)) ? null : 60);
export const spendReadLimit = async (client: string) => ((await reads(client)) ? null : 60);
