import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testPostgresUrl } from "@/test/support/postgres";
import { keyFileFor, startServer, tempDatabase, type RunningServer } from "./support/server-process";

// The real thing: `npm start` on its own database and key, filed through its HTTP API,
// with this process preparing kiosk keys and nonces in the same database (as the bench does).
const databaseFile = tempDatabase();
process.env.DATABASE_URL = `file:${databaseFile}`;
process.env.DATA_KEY_FILE = keyFileFor(databaseFile);
const root = path.resolve(__dirname, "..");
const tsx = path.join(root, "node_modules", ".bin", "tsx");

let server: RunningServer;
const acknowledged: { reference: string; at: number }[] = [];

function command(script: string, args: string[], env: Record<string, string> = {}) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(tsx, [script, ...args], { cwd: root, env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("exit", (status) => resolve({ status, stdout, stderr }));
  });
}

async function signedBodies(count: number): Promise<string[]> {
  const { makeKiosk, signedFiling } = await import("@/test/support/kiosk-device");
  const kiosk = await makeKiosk(`Backup test kiosk ${Math.random().toString(36).slice(2, 8)}`);
  const bodies = [];
  for (let i = 0; i < count; i++) bodies.push(JSON.stringify(await signedFiling(kiosk)));
  return bodies;
}

async function fileBurst(bodies: string[], concurrency: number): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < bodies.length) {
        const body = bodies[next++]!;
        const response = await fetch(`${server.url}/api/kiosk/requests`, { method: "POST", headers: { "content-type": "application/json" }, body });
        if (response.status === 201) acknowledged.push({ reference: ((await response.json()) as { reference: string }).reference, at: Date.now() });
        else throw new Error(`filing answered ${response.status}`);
      }
    }),
  );
}

function references(file: string): Set<string> {
  const sqlite = new Database(file, { readonly: true });
  try {
    return new Set((sqlite.prepare(`SELECT "reference" FROM "Request"`).all() as { reference: string }[]).map((row) => row.reference));
  } finally {
    sqlite.close();
  }
}

const mode = (file: string) => (fs.statSync(file).mode & 0o777).toString(8);

// SQLite only, the whole file: npm run backup and restore copy the SQLite file (PostgreSQL
// has pg_dump), so the PostgreSQL pass would only run the same SQLite test twice.
const onPostgresPass = testPostgresUrl() !== null;

beforeAll(async () => {
  if (!onPostgresPass) server = await startServer(databaseFile);
}, 180_000);

afterAll(async () => {
  await server?.stop();
});

describe.skipIf(onPostgresPass)("a running installation", () => {
  const folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ko-backups-")), "nightly");

  it("backs up during a burst of filings, and a restore into a fresh folder finds every acknowledged filing", async () => {
    const bodies = await signedBodies(800);
    const burst = fileBurst(bodies, 8);
    await new Promise((resolve) => setTimeout(resolve, 500)); // filings under way
    const startedAt = Date.now();
    const during = await command("scripts/backup.ts", [folder]);
    const endedAt = Date.now();
    expect(during.status, during.stderr).toBe(0);
    // Taken mid-burst, it holds everything acknowledged before it began, and is whole.
    const duringFile = during.stdout.match(/backup (\S+) /)?.[1];
    const inDuring = references(duringFile!);
    const before = acknowledged.filter((a) => a.at < startedAt);
    expect(before.length).toBeGreaterThan(0);
    for (const { reference } of before) expect(inDuring.has(reference), reference).toBe(true);
    await burst;
    expect(acknowledged.some((a) => a.at > endedAt), "the burst outlasted the backup").toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 1_100)); // the next second: a new backup name
    const after = await command("scripts/backup.ts", [folder, "--keep", "1"]);
    expect(after.status, after.stderr).toBe(0);

    const backups = fs.readdirSync(folder);
    expect(backups).toHaveLength(1); // --keep 1 removed the first
    const backup = path.join(folder, backups[0]!);
    expect(backups[0]).toMatch(/^ko-\d{8}-\d{6}Z\.db$/);
    expect(mode(backup)).toBe("600");
    expect(mode(folder)).toBe("700");

    // Restore into a stopped, fresh installation (another folder, nothing running there).
    const freshDatabase = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ko-restored-")), "data", "ko.db");
    const restored = await command("scripts/restore.ts", [backup], { DATABASE_URL: `file:${freshDatabase}`, PORT: "1" });
    expect(restored.status, restored.stderr).toBe(0);
    const found = references(freshDatabase);
    expect(acknowledged.length).toBe(800);
    for (const { reference } of acknowledged) expect(found.has(reference), reference).toBe(true);
    expect(mode(freshDatabase)).toBe("600");
  }, 180_000);

  it("keeps personal data private on disk: folder 0700, files 0600, no citizen ID, name or address as text", async () => {
    const { koResident } = await import("@/test/support/kiosk-device");
    expect(mode(path.dirname(databaseFile))).toBe("700");
    for (const each of [databaseFile, `${databaseFile}-wal`, `${databaseFile}-shm`, path.join(path.dirname(databaseFile), "app-secret.key"), keyFileFor(databaseFile)]) {
      expect(mode(each), each).toBe("600");
    }
    const bytes = Buffer.concat([fs.readFileSync(databaseFile), fs.readFileSync(`${databaseFile}-wal`)]);
    for (const text of [koResident.citizenId, koResident.nameTh.first, koResident.nameTh.last, koResident.nameEn.first, koResident.nameEn.last, koResident.address.text]) {
      expect(bytes.includes(Buffer.from(text, "utf8")), text).toBe(false);
    }
  });

  it("refuses to restore over the running server", async () => {
    const backup = fs.readdirSync(folder).map((name) => path.join(folder, name))[0]!;
    const port = new URL(server.url).port;
    const onPort = await command("scripts/restore.ts", [backup], { DATABASE_URL: `file:${databaseFile}`, PORT: port });
    expect(onPort.status).toBe(1);
    expect(onPort.stderr).toContain(`something answers on port ${port}: stop the server first`);
    // On another port, the open database itself gives the server away.
    const elsewhere = await command("scripts/restore.ts", [backup], { DATABASE_URL: `file:${databaseFile}`, PORT: "1" });
    expect(elsewhere.status).toBe(1);
    expect(elsewhere.stderr).toContain(`${databaseFile} is open in another program`);
  });
});
