import { describe, expect, it } from "vitest";
import th from "@/messages/kiosk.th.json";

// Same keys and placeholders in both languages: lib/i18n/messages.test.ts, for every family.
describe("kiosk texts", () => {
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
