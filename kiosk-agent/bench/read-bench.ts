/**
 * npm run bench -w kiosk-agent
 *
 * Reads the virtual card through a real pcscd + vsmartcard-vpcd (`kiosk-agent simulate`),
 * text-only and with photo, with 0 and 15 ms added per exchange, and prints the median time
 * from connecting to the card to having the data, plus the APDU count.
 *
 * vpcd writes each message's length and payload with two send() calls and no TCP_NODELAY, so
 * on Linux every exchange waits for the card side's delayed ACK (about 40 ms). Real readers
 * talk USB and never see that. When run as root the bench also adds a host route with
 * `quickack` for 127.0.0.2 only (removed at the end) and connects the virtual card there, to
 * measure the agent without that transport artefact. Both columns are printed.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readFromReader } from "../src/agent/read-from-reader.js";
import { FIELD } from "../src/card/layout.js";
import { loadPcsclite } from "../src/pcsc/load-pcsclite.js";
import { PcscBackend } from "../src/pcsc/pcsc-backend.js";
import { simulate } from "../test/integration/harness/cli.js";
import { Pcscd, READER_0 } from "../test/integration/harness/pcscd.js";

const RUNS = Number(process.env["BENCH_RUNS"] ?? 5);
const QUICKACK_HOST = "127.0.0.2";
const cardsDir = new URL("../cards/", import.meta.url).pathname;

function fullPhotoCard(): string {
  // The sample photo grown with a JPEG comment segment to fill all 5118 bytes: the worst case.
  const jpeg = readFileSync(join(cardsDir, "photos/ko-resident.jpg"));
  const filler = FIELD.photo.length - jpeg.length - 4;
  const com = Buffer.concat([Buffer.from([0xff, 0xfe, (filler + 2) >> 8, (filler + 2) & 0xff]), Buffer.alloc(filler, 0x20)]);
  const dir = mkdtempSync(join(tmpdir(), "ka-bench-"));
  writeFileSync(join(dir, "full.jpg"), Buffer.concat([jpeg.subarray(0, 2), com, jpeg.subarray(2)]));
  const card = JSON.parse(readFileSync(join(cardsDir, "ko-resident.json"), "utf8")) as Record<string, unknown>;
  writeFileSync(join(dir, "full-photo.json"), JSON.stringify({ ...card, photo: "full.jpg" }));
  return join(dir, "full-photo.json");
}

function ip(args: string[]): string {
  return execFileSync("ip", args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/** Adds the quickack route for 127.0.0.2 if we may; returns a cleanup, or null if not possible. */
function quickackRoute(): (() => void) | null {
  if (process.getuid?.() !== 0) return null;
  try {
    if (ip(["route", "show", "table", "local", `${QUICKACK_HOST}/32`]).includes("quickack")) return () => {};
    ip(["route", "add", "local", `${QUICKACK_HOST}/32`, "dev", "lo", "table", "local", "quickack", "1"]);
    return () => ip(["route", "del", "local", `${QUICKACK_HOST}/32`, "dev", "lo", "table", "local"]);
  } catch {
    return null;
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

interface Row {
  what: string;
  transport: string;
  delay: number;
  apdus: number;
  median: number;
  min: number;
  max: number;
  goal: string;
}

async function main(): Promise<void> {
  const pcscd = new Pcscd();
  await pcscd.ensure();
  const loaded = loadPcsclite();
  if (!loaded.ok) throw new Error(loaded.message);
  const backend = new PcscBackend({ factory: loaded.factory });
  await backend.start();
  const removeRoute = quickackRoute();
  const transports: { name: string; host: string }[] = [{ name: "vpcd default", host: "127.0.0.1" }];
  if (removeRoute !== null) transports.push({ name: "vpcd quickack", host: QUICKACK_HOST });
  const full = fullPhotoCard();
  const scenarios = [
    { what: "text only", card: "ko-resident", photo: false, goal: (apdus: number, ms: number, delay: number) => delay !== 15 || (apdus <= 8 && ms < 200) },
    { what: "photo (sample 3.4 KB)", card: "ko-resident", photo: true, goal: (apdus: number, ms: number, delay: number) => delay !== 15 || (apdus <= 50 && ms < 900) },
    { what: "photo (full 5118 B)", card: full, photo: true, goal: (apdus: number, ms: number, delay: number) => delay !== 15 || (apdus <= 50 && ms < 900) },
  ];
  const rows: Row[] = [];
  try {
    for (const transport of transports) {
      for (const delay of [0, 15]) {
        for (const scenario of scenarios) {
          const card = await simulate(["--card", scenario.card, "--delay-ms", String(delay), "--host", transport.host]);
          try {
            const deadline = Date.now() + 5000;
            while (!backend.readers().some((reader) => reader.name === READER_0 && reader.cardPresent)) {
              if (Date.now() > deadline) throw new Error("the virtual card did not appear in pcscd");
              await new Promise((resolve) => setTimeout(resolve, 20));
            }
            const times: number[] = [];
            let apdus = 0;
            for (let run = 0; run < RUNS; run++) {
              const read = await readFromReader({ backend, reader: READER_0, photo: scenario.photo });
              times.push(read.meta.ms);
              apdus = read.meta.apdus;
            }
            const row = { what: scenario.what, transport: transport.name, delay, apdus, median: median(times), min: Math.min(...times), max: Math.max(...times), goal: "" };
            const met = scenario.goal(apdus, row.median, delay);
            row.goal = delay !== 15 ? "-" : met ? "met" : transport.host === QUICKACK_HOST ? "MISSED" : "missed (vpcd ACK stall)";
            rows.push(row);
            process.stderr.write(".");
          } finally {
            await card.stop();
            // Let pcscd see the card go before the next one comes.
            const deadline = Date.now() + 3000;
            while (backend.readers().some((reader) => reader.name === READER_0 && reader.cardPresent) && Date.now() < deadline) {
              await new Promise((resolve) => setTimeout(resolve, 20));
            }
          }
        }
      }
    }
  } finally {
    removeRoute?.();
    await backend.stop();
    await pcscd.release();
  }
  process.stderr.write("\n");
  print(rows);
}

function print(rows: Row[]): void {
  const header = ["read", "transport", "delay/exchange", "APDUs", "median ms", "min", "max", "goal @15 ms"];
  const lines = rows.map((r) => [r.what, r.transport, `${r.delay} ms`, String(r.apdus), r.median.toFixed(0), String(r.min), String(r.max), r.goal]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => line[i]!.length)));
  const format = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join("  ");
  console.log(`kiosk-agent read bench: ${RUNS} runs each, time = connect to data (meta.ms), through pcscd + vsmartcard-vpcd`);
  console.log("goals at 15 ms/exchange: text-only <= 8 APDUs and < 200 ms; with photo <= 50 APDUs and < 900 ms");
  console.log(format(header));
  for (const line of lines) console.log(format(line));
  if (!rows.some((r) => r.transport === "vpcd quickack")) {
    console.log("(run as root to also measure without vpcd's delayed-ACK stall: see the comment in bench/read-bench.ts)");
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench failed: ${(error as Error).message}`);
    process.exit(1);
  },
);
