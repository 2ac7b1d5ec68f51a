import { describe, expect, it } from "vitest";
import en from "@/messages/kiosk.en.json";
import th from "@/messages/kiosk.th.json";

function paths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => paths(inner, prefix ? `${prefix}.${key}` : key));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();
}

describe("kiosk texts", () => {
  it("have the same keys in Thai and English", () => {
    expect(paths(en).sort()).toEqual(paths(th).sort());
  });
  it("use the same placeholders in both languages", () => {
    const lookup = (root: unknown, path: string) => path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], root);
    for (const path of paths(th)) {
      expect(placeholders(String(lookup(en, path))), path).toEqual(placeholders(String(lookup(th, path))));
    }
  });
  it("word every agent error, answer error and filing error", () => {
    for (const code of ["not-thai-id", "unreadable", "invalid-citizen-id", "card-removed", "transmit-failed", "no-service", "no-reader"]) {
      expect(th.readError).toHaveProperty(code);
    }
    for (const code of ["network", "attestation_invalid", "nonce_invalid", "device_not_enrolled", "device_revoked", "service_unavailable", "rate_limited", "server_error"]) {
      expect(th.submitError).toHaveProperty(code);
    }
    for (const code of ["required", "tooLong", "notANumber", "invalidDate", "invalidPhone", "tooManyChoices"]) {
      expect(th.errors).toHaveProperty(code);
    }
  });
});
