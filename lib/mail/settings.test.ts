import { describe, expect, it } from "vitest";
import { mailIsOn, mailSettings, MailSettingsError } from "./settings";

const ON = { SMTP_HOST: "smtp.ko.example", MAIL_FROM: "เทศบาลตำบลก้อ <no-reply@ko.example>", PUBLIC_URL: "https://eservice.ko.example/" };

describe("mail settings", () => {
  it("is off without SMTP_HOST, whatever else is set", () => {
    expect(mailSettings({})).toEqual({ enabled: false });
    expect(mailSettings({ ...ON, SMTP_HOST: "  " })).toEqual({ enabled: false });
  });

  it("defaults to port 587 with STARTTLS, 465 when secure, and trims the public address", () => {
    expect(mailSettings(ON)).toEqual({ enabled: true, smtp: { host: "smtp.ko.example", port: 587, secure: false }, from: ON.MAIL_FROM, publicUrl: "https://eservice.ko.example" });
    expect(mailSettings({ ...ON, SMTP_SECURE: "1" })).toMatchObject({ smtp: { port: 465, secure: true } });
    expect(mailSettings({ ...ON, SMTP_PORT: "465" })).toMatchObject({ smtp: { port: 465, secure: true } });
    expect(mailSettings({ ...ON, SMTP_USER: "ko", SMTP_PASSWORD: "secret" })).toMatchObject({ smtp: { auth: { user: "ko", pass: "secret" } } });
  });

  it("names the variable that is wrong", () => {
    const problem = (env: Record<string, string>) => {
      try {
        mailSettings(env);
        return "no error";
      } catch (error) {
        expect(error).toBeInstanceOf(MailSettingsError);
        return (error as Error).message;
      }
    };
    expect(problem({ ...ON, SMTP_PORT: "smtp" })).toMatch(/SMTP_PORT/);
    expect(problem({ ...ON, SMTP_PORT: "70000" })).toMatch(/SMTP_PORT/);
    expect(problem({ ...ON, SMTP_SECURE: "maybe" })).toMatch(/SMTP_SECURE/);
    expect(problem({ ...ON, SMTP_USER: "ko" })).toMatch(/SMTP_USER and SMTP_PASSWORD/);
    expect(problem({ SMTP_HOST: "smtp.ko.example", PUBLIC_URL: ON.PUBLIC_URL })).toMatch(/MAIL_FROM/);
    expect(problem({ ...ON, MAIL_FROM: "nobody" })).toMatch(/MAIL_FROM/);
    expect(problem({ SMTP_HOST: "smtp.ko.example", MAIL_FROM: ON.MAIL_FROM })).toMatch(/PUBLIC_URL/);
    expect(mailIsOn({ ...ON, SMTP_PORT: "smtp" })).toBe(false);
  });
});
