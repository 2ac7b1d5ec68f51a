import { describe, expect, it } from "vitest";
import { oneTimePassword } from "./one-time-password";
import { passwordProblem } from "./password-policy";

const check = (newPassword: string, overrides: Partial<{ confirmation: string; currentPassword: string; username: string }> = {}) =>
  passwordProblem({ newPassword, confirmation: newPassword, currentPassword: "k7mq-x2pa-9dfe-h3nw", username: "somchai.k", ...overrides });

describe("staff password rules", () => {
  it("needs at least 12 characters, counted as the person sees them", () => {
    expect(check("eleven char")).toBe("too_short");
    expect(check("twelve chars")).toBeNull();
    expect(check("รหัสผ่านยาวพอ")).toBeNull(); // 13 Thai characters
    expect(check("ก".repeat(11))).toBe("too_short");
  });

  it("refuses more than 128 characters", () => {
    expect(check("x".repeat(128))).toBeNull();
    expect(check("x".repeat(129))).toBe("too_long");
  });

  it("refuses the one-time password it replaces", () => {
    expect(check("k7mq-x2pa-9dfe-h3nw")).toBe("same_as_current");
  });

  it("refuses a password containing the username, in any case", () => {
    expect(check("my name is Somchai.K ok")).toBe("contains_username");
    expect(check("a long passphrase", { username: "nok" })).toBeNull();
  });

  it("applies to a 3-letter username too", () => {
    expect(check("my new nokia phone", { username: "nok" })).toBe("contains_username");
    expect(check("NOK and twelve more", { username: "nok" })).toBe("contains_username");
  });

  it("needs the confirmation to match", () => {
    expect(check("a long passphrase", { confirmation: "a long passphrasE" })).toBe("mismatch");
  });

  it("makes one-time passwords that pass the rules themselves", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 50; i += 1) {
      const password = oneTimePassword();
      expect(password).toMatch(/^[a-hjkmnp-z2-9]{4}(-[a-hjkmnp-z2-9]{4}){3}$/);
      expect(check(password, { currentPassword: "other" })).toBeNull();
      seen.add(password);
    }
    expect(seen.size).toBe(50);
  });
});
