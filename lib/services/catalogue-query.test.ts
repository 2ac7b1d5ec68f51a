import { describe, expect, it } from "vitest";
import { parseCatalogueQuery } from "./catalogue-query";

describe("parseCatalogueQuery", () => {
  it("reads the search words and a known category", () => {
    expect(parseCatalogueQuery({ q: " ไฟฟ้า ", category: "repairs" })).toEqual({ q: "ไฟฟ้า", category: "repairs" });
  });

  it("ignores what it cannot use instead of failing the page", () => {
    expect(parseCatalogueQuery({ q: "x".repeat(500), category: "<script>" })).toEqual({ q: "", category: null });
    expect(parseCatalogueQuery({ q: ["a", "b"] })).toEqual({ q: "a", category: null });
    expect(parseCatalogueQuery({})).toEqual({ q: "", category: null });
  });
});
