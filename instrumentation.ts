/** Runs once when the server starts (Next.js instrumentation). */
export async function register(): Promise<void> {
  // The statistics read the database: only in the Node.js server, never the edge runtime.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startPrecomputing } = await import("@/lib/transparency/precompute");
  // Not awaited: the server answers while the first figures are computed.
  void startPrecomputing();
}
