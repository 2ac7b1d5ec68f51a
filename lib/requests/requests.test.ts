import { describe, expect, it } from "vitest";
import { formatQueueTicket, formatReference } from "./reference";
import { routeRequest, type RoutingRule } from "./routing";
import { trackingUrl } from "./tracking-link";

describe("references and tickets", () => {
  it("read well aloud", () => {
    expect(formatReference(2570, 42)).toBe("KO-2570-000042");
    expect(formatQueueTicket("C", 14)).toBe("C-014");
    expect(formatQueueTicket("C", 1234)).toBe("C-1234");
  });
});

describe("routeRequest", () => {
  const rules: RoutingRule[] = [
    { field: "topic", equals: "public_areas", division: "ENGINEERING" },
    { field: "needs", equals: "food", division: "WELFARE" },
  ];

  it("keeps the service's division when no rule matches", () => {
    expect(routeRequest("PALAD", rules, { topic: "noise" })).toBe("PALAD");
    expect(routeRequest("PALAD", [], { topic: "public_areas" })).toBe("PALAD");
  });

  it("follows the first matching rule, also inside multiple-choice answers", () => {
    expect(routeRequest("PALAD", rules, { topic: "public_areas" })).toBe("ENGINEERING");
    expect(routeRequest("PALAD", rules, { needs: ["water", "food"] })).toBe("WELFARE");
  });
});

describe("trackingUrl", () => {
  it("links in the language the request was filed in", () => {
    expect(trackingUrl("https://ko.example/", "th", "abc")).toBe("https://ko.example/track/abc");
    expect(trackingUrl("https://ko.example", "en", "abc")).toBe("https://ko.example/en/track/abc");
  });
});
