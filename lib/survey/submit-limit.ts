import { rateLimiter } from "@/lib/security/rate-limit";

/**
 * Survey submissions per address: plenty for a household or an office sharing one address,
 * too few to fill the figures from a script (each answer also needs its own finished request).
 */
export const allowSurveySubmission = rateLimiter({ name: "survey-submission", limit: 20, windowMs: 10 * 60_000 });
