import { createHmac } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { beforeAll, describe, expect } from "vitest";
import { db } from "@/lib/db/client";
import { resolveDatabaseUrl, sqliteFileOf } from "@/lib/db/database-url";
import { itOnSqlite } from "@/test/support/engine";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { CookieJar, createStaff, totpCode } from "@/test/support/staff";
import { authSecret } from "./secret";
import { signIn, verifySignInCode } from "./sign-in";
import { readStaffSession } from "./staff-session";

beforeAll(async () => {
  await seedDatabase(db);
});

// What someone holding a copy of data/ would do: take the cookie-signing key from
// app-secret.key (derived as lib/auth/secret.ts does, the code is public), read the session
// rows, and sign each row's token into a cookie the way Better Auth signs its cookies.
function keyFromFile(file: string): string {
  const root = Buffer.from(fs.readFileSync(file, "utf8").trim(), "base64");
  return createHmac("sha256", root).update("ko-one-stop/staff-auth/v1").digest("base64url");
}
function forgedCookie(token: string, key: string): Headers {
  const signature = createHmac("sha256", key).update(token).digest("base64");
  return new Headers({ cookie: `ko-staff.session_token=${encodeURIComponent(`${token}.${signature}`)}` });
}

async function signedInAdmin() {
  const admin = await createStaff({ username: "admin.copied", role: "ADMIN" });
  const jar = new CookieJar();
  const first = await signIn({ username: admin.username, password: admin.password, counter: null }, jar.headers());
  if ("setCookies" in first) jar.store(first.setCookies);
  const second = await verifySignInCode({ code: totpCode(admin.totpSecret!), counter: null }, jar.headers());
  if ("setCookies" in second) jar.store(second.setCookies);
  return { admin, jar };
}

describe("a copy of the data folder", () => {
  // SQLite only: it copies the data folder's database file (VACUUM INTO), which PostgreSQL keeps on its server.
  itOnSqlite("opens no session: the database holds only each token's hash", async () => {
    const { admin, jar } = await signedInAdmin();
    const officer = await createStaff({ username: "officer.copied", role: "OFFICER", divisions: ["FINANCE"] });
    await signIn({ username: officer.username, password: officer.password, counter: 2 }, new CookieJar().headers());
    expect(await readStaffSession(jar.headers())).toMatchObject({ id: admin.id, role: "ADMIN" });

    const file = sqliteFileOf(resolveDatabaseUrl(process.env.DATABASE_URL, process.cwd()), "this test");
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), "ko-copied-data-"));
    await db.$executeRawUnsafe(`VACUUM INTO '${path.join(copy, "ko.db")}'`);
    fs.copyFileSync(path.join(path.dirname(file), "app-secret.key"), path.join(copy, "app-secret.key"));

    const key = keyFromFile(path.join(copy, "app-secret.key"));
    expect(key).toBe(authSecret()); // the copied key really is the cookie-signing key

    // The forging works with a real token (from the browser's cookie) ...
    const realToken = decodeURIComponent(jar.get("session_token")!).split(".")[0]!;
    expect(await readStaffSession(forgedCookie(realToken, key))).toMatchObject({ id: admin.id });

    // ... but what the copied database holds opens nothing, ADMIN included.
    const copied = new Database(path.join(copy, "ko.db"), { readonly: true });
    const rows = copied.prepare("SELECT token, userId FROM StaffSession").all() as { token: string; userId: number }[];
    copied.close();
    expect(rows.map((row) => row.userId).sort()).toEqual([admin.id, officer.id].sort());
    for (const row of rows) expect(await readStaffSession(forgedCookie(row.token, key))).toBeNull();

    // And the token itself is nowhere in the file.
    expect(fs.readFileSync(path.join(copy, "ko.db")).includes(Buffer.from(realToken))).toBe(false);
    fs.rmSync(copy, { recursive: true, force: true });
  });
});
