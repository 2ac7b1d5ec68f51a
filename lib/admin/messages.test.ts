import { describe, expect, it } from "vitest";
import th from "@/messages/admin.th.json";
import en from "@/messages/admin.en.json";
import { FIELD_ERROR_CODES } from "./field-errors";

// Same keys and placeholders in both languages: lib/i18n/messages.test.ts, for every family.
describe("administration texts", () => {
  it("word every field error code in both languages", () => {
    for (const code of FIELD_ERROR_CODES) {
      expect(th.errors[code], code).toBeTruthy();
      expect(en.errors[code], code).toBeTruthy();
    }
  });
});
