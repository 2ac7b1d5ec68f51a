import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/admin.en.json";
import th from "@/messages/admin.th.json";
import { auditActionMessageKey } from "./audit-actions";

const LIB = path.resolve(__dirname, "..");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith("generated") ? [] : sourceFiles(full); // the Prisma clients (SQLite, PostgreSQL)
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const WRITES_AUDIT = /auditLog\.create|insertAuditEntry\(|adminAudit\(|accountAudit\(|auditAuth\(/;
const literals = (text: string) => [...text.matchAll(/"([a-z][a-z_]*\.[a-z][a-z_]*)"/g)].map((m) => m[1]!);

/**
 * The action codes written anywhere in lib/, read from the source of every file that writes
 * audit rows: `action: "x.y"`, `action: MAP[key]` (the map's values), the workflow's
 * `request.${event.type}`, and the first argument of the audit helpers. A row whose action
 * this cannot read fails the test, so a new writer is never skipped silently.
 */
function actionCodesInLib(): Map<string, string> {
  const codes = new Map<string, string>();
  const add = (code: string, file: string) => codes.set(code, path.relative(LIB, file));
  for (const file of sourceFiles(LIB)) {
    const text = fs.readFileSync(file, "utf8");
    if (!WRITES_AUDIT.test(text)) continue;
    // Each row written field by field: its `action:` is within the call's first lines.
    for (const write of text.matchAll(/auditLog\.create\(|insertAuditEntry\(/g)) {
      if (text.slice(0, write.index).endsWith("function ")) continue; // the helper's own definition
      const call = text.slice(write.index, write.index + 600);
      if (/^auditLog\.create\(\{\s*data:\s*(adminAudit|accountAudit)\(/.test(call)) continue; // read below
      // auditAuth(action, ...) passes its argument on: its callers are read below.
      if (path.relative(LIB, file) === path.join("auth", "audit.ts") && /^auditLog\.create\(\{\s*data:\s*\{[^}]*\baction,/.test(call)) continue;
      const value = /\baction:[ \t]*([^,\n]+)/.exec(call)?.[1]?.trim();
      expect(value, `${file}: an audit row without a readable action`).toBeDefined();
      if (value!.startsWith('"')) literals(value!).forEach((code) => add(code, file));
      else if (/^[A-Z_]+\[/.test(value!)) {
        const map = new RegExp(`const ${value!.split("[")[0]}\\b[^=]*=\\s*\\{([^}]*)\\}`).exec(text);
        expect(map, `${file}: the map ${value}`).not.toBeNull();
        literals(map![1]!).forEach((code) => add(code, file));
      } else {
        // changeRequest(): `request.${change.event.type}`, each workflow operation names its event.
        expect(value, `${file}: an audit action this test cannot read`).toBe("`request.${change.event.type}`");
        // Complaint merging (lib/complaints) is a workflow operation too.
        for (const operation of [...sourceFiles(path.join(LIB, "requests", "workflow")), ...sourceFiles(path.join(LIB, "complaints"))]) {
          for (const [, type] of fs.readFileSync(operation, "utf8").matchAll(/event:\s*\{\s*type:\s*"([a-z_]+)"/g)) add(`request.${type}`, operation);
        }
      }
    }
    for (const [, args] of text.matchAll(/\b(?:adminAudit|accountAudit)\(\s*\w+,\s*([^,]+(?:\?[^,]+)?),/g)) literals(args!).forEach((code) => add(code, file));
    for (const [, code] of text.matchAll(/\bauditAuth\(\s*"([^"]+)"/g)) add(code!, file);
  }
  return codes;
}

type Tree = { [key: string]: string | Tree };
function lookup(messages: Tree, key: string): string | undefined {
  const found = key.split(".").reduce<string | Tree | undefined>((node, part) => (typeof node === "object" ? node[part] : undefined), messages);
  return typeof found === "string" ? found : undefined;
}

describe("audit action wording", () => {
  const codes = actionCodesInLib();

  it("finds the action codes the log is written with", () => {
    // A floor, so a broken scan cannot pass by finding nothing.
    for (const code of ["holiday.added", "request.filed", "request.accepted", "request.transferred", "ticket.no_show", "staff.signed_in", "staff.password_reset", "audit.exported"]) {
      expect([...codes.keys()]).toContain(code);
    }
  });

  it("words every action code written anywhere in lib/ in Thai and in English", () => {
    const missing = [...codes].flatMap(([code, file]) =>
      (["th", "en"] as const).filter((locale) => !lookup((locale === "th" ? th : en).audit as Tree, auditActionMessageKey(code)!)).map((locale) => `${code} (${file}): no ${locale} wording`),
    );
    expect(missing).toEqual([]);
  });

  it("words the example from the issue", () => {
    expect(lookup(th.audit as Tree, auditActionMessageKey("holiday.added")!)).toBe("เพิ่มวันหยุด");
    expect(lookup(en.audit as Tree, auditActionMessageKey("holiday.added")!)).toBe("Holiday added");
  });

  it("names no message key for a code that is not one (the page shows the code itself)", () => {
    expect(auditActionMessageKey("Holiday Added")).toBeNull();
    expect(auditActionMessageKey("__proto__.x")).toBeNull();
    expect(auditActionMessageKey("request.citizen_id_viewed")).toBe("actions.request.citizen_id_viewed");
  });
});
