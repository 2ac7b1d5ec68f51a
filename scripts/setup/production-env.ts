// Imported first by scripts/start.ts, before Next.js or React load: they read NODE_ENV once.
Object.assign(process.env, { NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" });
