import { describe, expect, it } from "vitest";
import { resolveDatabaseUrl, UnsupportedDatabaseUrlError } from "./database-url";

describe("resolveDatabaseUrl", () => {
  it("defaults to data/ko.db under the project root", () => {
    expect(resolveDatabaseUrl(undefined, "/srv/ko")).toEqual({ kind: "sqlite", file: "/srv/ko/data/ko.db", url: "file:/srv/ko/data/ko.db" });
    expect(resolveDatabaseUrl("  ", "/srv/ko").file).toBe("/srv/ko/data/ko.db");
  });

  it("takes relative paths from the project root and accepts absolute ones", () => {
    expect(resolveDatabaseUrl("file:./other.db", "/srv/ko").file).toBe("/srv/ko/other.db");
    expect(resolveDatabaseUrl("file:/var/lib/ko/ko.db", "/srv/ko").file).toBe("/var/lib/ko/ko.db");
    expect(resolveDatabaseUrl("file:///var/lib/ko/ko.db", "/srv/ko").file).toBe("/var/lib/ko/ko.db");
  });

  it("refuses kinds it cannot serve, with a message that names the fix", () => {
    expect(() => resolveDatabaseUrl("postgresql://u:secret@db/ko", "/srv/ko")).toThrow(UnsupportedDatabaseUrlError);
    expect(() => resolveDatabaseUrl("mysql://x", "/srv/ko")).toThrow(/use a file: URL/);
    expect(() => resolveDatabaseUrl("file::memory:", "/srv/ko")).toThrow(UnsupportedDatabaseUrlError);
  });

  it("never repeats a password from the URL in its message", () => {
    const attempt = () => resolveDatabaseUrl("postgresql://u:secret@db/ko", "/srv/ko");
    expect(attempt).toThrow(/postgresql:/);
    expect(attempt).not.toThrow(/secret/);
  });
});
