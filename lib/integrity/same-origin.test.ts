import { describe, expect, it } from "vitest";
import { sameOrigin } from "./same-origin";

const h = (init: Record<string, string>) => new Headers(init);

describe("sameOrigin", () => {
  it("accepts the site's own origin and refuses another, a missing one and garbage", () => {
    expect(sameOrigin(h({ host: "ko.example:3000", origin: "http://ko.example:3000" }))).toBe(true);
    expect(sameOrigin(h({ host: "ko.example:3000", origin: "https://evil.example" }))).toBe(false);
    expect(sameOrigin(h({ host: "ko.example:3000" }))).toBe(false);
    expect(sameOrigin(h({ host: "ko.example:3000", origin: "null" }))).toBe(false);
  });
});
