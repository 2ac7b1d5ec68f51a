import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { changePassword } from "@/lib/auth/change-password";
import { signIn } from "@/lib/auth/sign-in";
import { readSessionState } from "@/lib/auth/staff-session";
import { db } from "@/lib/db/client";
import { CookieJar } from "@/test/support/staff";

/** `npm run staff -- ...` on this test file's own database. */
function staff(...args: string[]) {
  const run = spawnSync(path.resolve("node_modules/.bin/tsx"), ["scripts/staff.ts", ...args], {
    env: { ...process.env },
    encoding: "utf8",
    timeout: 60_000,
  });
  const lines = run.stdout.trim().split("\n");
  return { status: run.status, stdout: run.stdout.trim(), stderr: run.stderr.trim(), lastLine: lines.at(-1) ?? "" };
}

const signInWith = async (username: string, password: string) => {
  const jar = new CookieJar();
  const result = await signIn({ username, password, counter: null }, jar.headers());
  if ("setCookies" in result) jar.store(result.setCookies);
  return { jar, status: result.status };
};

// Each run starts a process (about 2-4 s here), so the tests get more time than the default.
describe("npm run staff", { timeout: 120_000 }, () => {
  it("adds an account and prints a one-time password as the last line, good until it is replaced", async () => {
    const run = staff("add", "--username", "Malee.C", "--role", "COUNTER", "--division", "PALAD", "--division", "FINANCE", "--name", "มาลี");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("added malee.c (COUNTER in PALAD, FINANCE)");
    const password = run.lastLine;
    expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);

    const { jar, status } = await signInWith("malee.c", password);
    expect(status).toBe("signed-in");
    expect((await readSessionState(jar.headers())).state).toBe("must-change-password");
    const changed = await changePassword({ currentPassword: password, newPassword: "malee's own password", confirmation: "malee's own password" }, jar.headers());
    expect(changed.status).toBe("changed");
    expect((await signInWith("malee.c", password)).status).toBe("invalid");
    expect((await signInWith("malee.c", "malee's own password")).status).toBe("signed-in");
  });

  it("resets a forgotten password with a new one-time password, and lists accounts", async () => {
    staff("add", "--username", "forgot.it", "--role", "OFFICER", "--division", "ENGINEERING");
    const run = staff("reset", "--username", "forgot.it");
    expect(run.status).toBe(0);
    const { jar, status } = await signInWith("forgot.it", run.lastLine);
    expect(status).toBe("signed-in");
    expect((await readSessionState(jar.headers())).state).toBe("must-change-password");

    const list = staff("list");
    expect(list.stdout).toMatch(/^forgot\.it\tOFFICER\tENGINEERING\tforgot\.it\tactive, one-time password$/m);
    expect(list.stdout).not.toMatch(/[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}/);
  });

  it("deactivates an account", async () => {
    staff("add", "--username", "gone.away", "--role", "HEAD", "--division", "WELFARE");
    const run = staff("deactivate", "--username", "gone.away");
    expect(run.status).toBe(0);
    expect((await db.staffUser.findUnique({ where: { username: "gone.away" } }))?.active).toBe(false);
  });

  it("fails with one clear line and exit code 1 or 2", () => {
    const unknown = staff("add", "--username", "someone", "--role", "OFFICER", "--division", "NOWHERE");
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toBe('staff add: there is no division with code "NOWHERE"');
    const missing = staff("reset", "--username", "no.such.person");
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe("staff reset: no account has that username (see `npm run staff -- list`)");
    expect(staff("add", "--username", "x.y").status).toBe(2);
    expect(staff("promote").status).toBe(2);
  });

  it("makes an Open311 key printed once as the last line, lists it, and revokes it at once", async () => {
    const run = staff("api-key", "add", "--name", "Lamphun platform", "--service", "PUBLIC_INFRASTRUCTURE_REPAIR");
    expect(run.status, run.stderr).toBe(0);
    const key = run.lastLine;
    expect(key).toMatch(/^ko311_[A-Za-z0-9_-]{43}$/);
    const { findActiveApiKey } = await import("@/lib/open311/api-keys");
    expect((await findActiveApiKey(key))?.name).toBe("Lamphun platform");
    expect(JSON.stringify(await db.apiKey.findMany())).not.toContain(key);
    expect(staff("api-key", "list").stdout).toContain("Lamphun platform\tPUBLIC_INFRASTRUCTURE_REPAIR\tactive");
    expect(staff("api-key", "add", "--name", "Other", "--service", "NOPE").stderr).toContain("there is no service with code NOPE");
    expect(staff("api-key", "revoke", "--name", "Lamphun platform").status).toBe(0);
    expect(await findActiveApiKey(key)).toBeNull();
    expect(await db.auditLog.count({ where: { action: { in: ["api_key.created", "api_key.revoked"] } } })).toBe(2);
  });
});
