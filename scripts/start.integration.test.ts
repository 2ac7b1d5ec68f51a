import { spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** Run `npm start`'s script with a bad set-up; it must fail fast with one clear line. */
function start(env: Record<string, string>) {
  const run = spawnSync(path.resolve("node_modules/.bin/tsx"), ["scripts/start.ts"], {
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: run.status, stderr: run.stderr.trim(), stdout: run.stdout.trim() };
}

describe("npm start with a bad set-up", () => {
  it("refuses an unsupported DATABASE_URL in one line", () => {
    const run = start({ DATABASE_URL: "mysql://ko:secret@localhost/ko", PORT: "3999" });
    expect(run.status).toBe(1);
    expect(run.stderr.split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/^\[ko\] cannot start: DATABASE_URL "mysql:\.\.\." is not supported/);
    expect(run.stderr).not.toContain("secret");
  });

  it("names a PostgreSQL server it cannot reach in one line, without its password", () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ko-start-pg-"));
    // Port 1: nothing listens there, so the connection is refused at once.
    const run = start({ DATABASE_URL: "postgresql://ko:secret@127.0.0.1:1/ko", DATA_DIR: dataDir, PORT: "3999" });
    expect(run.status).toBe(1);
    expect(run.stderr.split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/^\[ko\] cannot start: cannot reach the database postgresql:\/\/ko:\*\*\*@127\.0\.0\.1:1\/ko: .*ECONNREFUSED/);
    expect(run.stderr).not.toContain("secret");
  });

  it("explains an unwritable data directory in one line", () => {
    const blocker = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ko-start-")), "a-file");
    fs.writeFileSync(blocker, "not a folder");
    const run = start({ DATABASE_URL: `file:${blocker}/ko.db`, PORT: "3999" });
    expect(run.status).toBe(1);
    expect(run.stderr.split("\n")).toHaveLength(1);
    expect(run.stderr).toContain(`cannot write the database at ${blocker}/ko.db`);
  });

  it("names a data folder that cannot be created instead of hanging", () => {
    // Node's own recursive mkdir loops forever here; the start must answer within seconds.
    const began = Date.now();
    const run = start({ DATABASE_URL: "file:/proc/ko-nowhere/ko.db", PORT: "3999" });
    expect(Date.now() - began).toBeLessThan(20_000);
    expect(run.status).toBe(1);
    expect(run.stderr.split("\n")).toHaveLength(1);
    expect(run.stderr).toContain("cannot write the database at /proc/ko-nowhere/ko.db");
    expect(run.stderr).toContain("mkdir -m 700 -p /proc/ko-nowhere");
  });

  it("makes a new data folder private to the server's user", async () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), "ko-start-"));
    // A taken port stops the start right after the folder check.
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, resolve));
    try {
      const run = start({ DATABASE_URL: `file:${parent}/new/data/ko.db`, PORT: String((server.address() as net.AddressInfo).port) });
      expect(run.status).toBe(1);
    } finally {
      server.close();
    }
    for (const folder of [`${parent}/new`, `${parent}/new/data`]) expect((fs.statSync(folder).mode & 0o777).toString(8)).toBe("700");
  });

  it("says which port is taken and how to choose another", async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, resolve));
    const port = (server.address() as net.AddressInfo).port;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ko-start-"));
    try {
      const run = start({ DATABASE_URL: `file:${dir}/ko.db`, PORT: String(port) });
      expect(run.status).toBe(1);
      expect(run.stderr).toBe(`[ko] cannot start: port ${port} is already in use; stop the other program or choose another port, e.g. PORT=${port + 1} npm start`);
    } finally {
      server.close();
    }
  });

  it("rejects a PORT that is not a number", () => {
    const run = start({ PORT: "eighty" });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('[ko] cannot start: PORT "eighty" is not a port number (1-65535)');
  });
});
