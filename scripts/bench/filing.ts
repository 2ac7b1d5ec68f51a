import { randomBytes } from "node:crypto";
import autocannon from "autocannon";
import { signAttestation } from "kiosk-agent/attestation";
import { db } from "@/lib/db/client";
import { koResident, makeKiosk } from "@/test/support/kiosk-device";
import { median } from "./load";

export type FilingBench = { filingsPerSecond: number; p50: number; p95: number; failures: number };

/**
 * Kiosk filings against a running production server on loopback, each with its own valid
 * attestation (its own nonce, signed by an enrolled kiosk key): the real path, including
 * signature checks, the nonce, the transaction and the receipt's QR code.
 * The bench process prepares the nonces and signatures beforehand, through the same database
 * (a SQLite file or a postgresql:// URL). Given several servers (processes on one PostgreSQL
 * database), the connections are shared out among them.
 */
export async function benchFiling(
  url: string | string[],
  database: string,
  options: { connections: number; seconds: number; rounds: number },
): Promise<FilingBench> {
  process.env.DATABASE_URL = /^postgres(ql)?:\/\//.test(database) ? database : `file:${database}`;
  const urls = typeof url === "string" ? [url] : url;
  const kiosk = await makeKiosk(`Bench kiosk ${randomBytes(3).toString("hex")}`);
  const results: FilingBench[] = [];
  for (let round = 0; round < options.rounds + 1; round++) {
    const count = 800 * options.seconds; // more than the server can take in the time
    const now = new Date();
    const nonces = Array.from({ length: count }, () => randomBytes(24).toString("base64url"));
    await db.attestationNonce.createMany({ data: nonces.map((nonce) => ({ nonce, issuedAt: now, expiresAt: new Date(now.getTime() + 600_000) })) });
    const bodies = nonces.map((nonce) =>
      JSON.stringify({
        idempotencyKey: crypto.randomUUID(),
        serviceCode: "PUBLIC_INFRASTRUCTURE_REPAIR",
        answers: { problemType: "street_light", location: "หน้าวัดก้อ หมู่ 3" },
        contactPhone: "0812345678",
        card: koResident,
        attestation: signAttestation({ privateKey: kiosk.privateKey, deviceId: kiosk.deviceId, nonce, data: koResident }),
        locale: "th",
      }),
    );
    const result = await runOn(urls, bodies, round === 0 ? 2 : options.seconds, options.connections);
    if (round > 0) results.push(result); // round 0 warms the server up
  }
  return {
    filingsPerSecond: median(results.map((r) => r.filingsPerSecond)),
    p50: median(results.map((r) => r.p50)),
    p95: median(results.map((r) => r.p95)),
    failures: results.reduce((n, r) => n + r.failures, 0),
  };
}

/** One load round, its connections spread over the servers, its figures taken together. */
async function runOn(urls: string[], bodies: string[], seconds: number, connections: number): Promise<FilingBench> {
  const latencies: number[] = [];
  const counts = { created: 0, failures: 0, next: 0 };
  const share = (i: number) => Math.floor(connections / urls.length) + (i < connections % urls.length ? 1 : 0);
  await Promise.all(urls.map((url, i) => run(url, bodies, seconds, share(i), latencies, counts)));
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return { filingsPerSecond: counts.created / seconds, p50: at(0.5), p95: at(0.95), failures: counts.failures };
}

async function run(
  url: string,
  bodies: string[],
  seconds: number,
  connections: number,
  latencies: number[],
  counts: { created: number; failures: number; next: number },
): Promise<void> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: [
      {
        method: "POST",
        path: "/api/kiosk/requests",
        headers: { "content-type": "application/json" },
        // One list of bodies for all the servers: a nonce is used once.
        setupRequest: (request) => ({ ...request, body: bodies[counts.next++ % bodies.length] }),
      },
    ],
    setupClient(client) {
      client.on("response", (status: number, _bytes: number, responseTime: number) => {
        latencies.push(responseTime);
        if (status === 201) counts.created++;
      });
    },
  });
  counts.failures += result.non2xx + result.errors + result.timeouts;
}
