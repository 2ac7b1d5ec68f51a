/**
 * Runs in the browser before the app's own code (Next.js instrumentation-client).
 *
 * zod probes whether it may compile validators with `new Function` the first time it
 * builds an object schema; under the Content-Security-Policy (no 'unsafe-eval') that
 * probe is a reported violation, though zod then works without it. Telling zod up front
 * that eval is off skips the probe (zod reads this shared config object when it loads).
 */
const shared = globalThis as { __zod_globalConfig?: Record<string, unknown> };
shared.__zod_globalConfig = Object.assign(shared.__zod_globalConfig ?? {}, { jitless: true });
