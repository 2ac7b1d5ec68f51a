import { describe, expect, it } from "vitest";
import { describeDatabase, resolveDatabaseUrl, UnsupportedDatabaseUrlError } from "./database-url";

describe("resolveDatabaseUrl", () => {
  it("defaults to data/ko.db under the project root", () => {
    expect(resolveDatabaseUrl(undefined, "/srv/ko")).toEqual({ kind: "sqlite", file: "/srv/ko/data/ko.db", url: "file:/srv/ko/data/ko.db", dataFolder: "/srv/ko/data" });
    expect(resolveDatabaseUrl("  ", "/srv/ko").kind === "sqlite" && resolveDatabaseUrl("  ", "/srv/ko")).toMatchObject({ file: "/srv/ko/data/ko.db" });
  });

  it("takes relative paths from the project root and accepts absolute ones", () => {
    expect(resolveDatabaseUrl("file:./other.db", "/srv/ko")).toMatchObject({ file: "/srv/ko/other.db" });
    expect(resolveDatabaseUrl("file:/var/lib/ko/ko.db", "/srv/ko")).toMatchObject({ file: "/var/lib/ko/ko.db", dataFolder: "/var/lib/ko" });
    expect(resolveDatabaseUrl("file:///var/lib/ko/ko.db", "/srv/ko")).toMatchObject({ file: "/var/lib/ko/ko.db" });
  });

  it("selects PostgreSQL for postgresql:// URLs, with the data folder from DATA_DIR", () => {
    const url = "postgresql://ko:secret@db.example/ko";
    expect(resolveDatabaseUrl(url, "/srv/ko", {})).toEqual({ kind: "postgresql", url, dataFolder: "/srv/ko/data" });
    expect(resolveDatabaseUrl("postgres://db/ko", "/srv/ko", { DATA_DIR: "/var/lib/ko" })).toMatchObject({ kind: "postgresql", dataFolder: "/var/lib/ko" });
  });

  it("refuses kinds it cannot serve, with a message that names the fix", () => {
    expect(() => resolveDatabaseUrl("mysql://x", "/srv/ko")).toThrow(/use a file: URL.*or postgresql:/);
    expect(() => resolveDatabaseUrl("file::memory:", "/srv/ko")).toThrow(UnsupportedDatabaseUrlError);
    expect(() => resolveDatabaseUrl("postgresql://", "/srv/ko")).toThrow(UnsupportedDatabaseUrlError);
  });

  it("never repeats a password from the URL in its message or description", () => {
    expect(() => resolveDatabaseUrl("mysql://u:secret@db/ko", "/srv/ko")).not.toThrow(/secret/);
    const described = describeDatabase(resolveDatabaseUrl("postgresql://u:secret@db/ko", "/srv/ko"));
    expect(described).toBe("postgresql://u:***@db/ko");
  });
});
