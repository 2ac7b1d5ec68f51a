import { z } from "zod";

/**
 * Mail to residents, configured by the environment (README, "Email"):
 *
 *   SMTP_HOST      the mail server; unset: email is off (nothing is queued, nothing fails)
 *   SMTP_PORT      default 465 when SMTP_SECURE is on, else 587
 *   SMTP_SECURE    1: TLS from the first byte (port 465); 0 (default): STARTTLS when offered
 *   SMTP_USER, SMTP_PASSWORD   both or neither
 *   MAIL_FROM      the sender, e.g. "เทศบาลตำบลก้อ <no-reply@ko.go.th>"
 *   PUBLIC_URL     where the links in mail point (the tracking page); required with SMTP_HOST
 */
type Env = Record<string, string | undefined>;

export type MailSettings =
  | { enabled: false }
  | {
      enabled: true;
      smtp: { host: string; port: number; secure: boolean; auth?: { user: string; pass: string } };
      from: string;
      publicUrl: string;
    };

export class MailSettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MailSettingsError";
  }
}

const flag = z
  .enum(["1", "0", "true", "false", "yes", "no", "on", "off"], { error: "must be 1 or 0" })
  .transform((value) => ["1", "true", "yes", "on"].includes(value));

const schema = z
  .object({
    SMTP_HOST: z.string().min(1),
    SMTP_PORT: z.coerce.number({ error: "must be a port number" }).int("must be a port number").min(1).max(65535).optional(),
    SMTP_SECURE: flag.optional(),
    SMTP_USER: z.string().optional(),
    SMTP_PASSWORD: z.string().optional(),
    // A bare address or "Name <address>"; nodemailer checks the rest when it sends.
    MAIL_FROM: z.string({ error: "is required when SMTP_HOST is set" }).regex(/^(?:[^<>]*<)?[^\s<>@]+@[^\s<>@]+>?$/, "must be an address, e.g. no-reply@ko.go.th"),
    PUBLIC_URL: z.url({ protocol: /^https?$/, error: "is required when SMTP_HOST is set: links in mail need the address residents use" }),
  })
  .refine((env) => Boolean(env.SMTP_USER) === Boolean(env.SMTP_PASSWORD), { message: "SMTP_USER and SMTP_PASSWORD go together", path: ["SMTP_USER"] });

let cached: { key: string; settings: MailSettings } | undefined;

/**
 * The mail settings, checked. Email is off when SMTP_HOST is unset; set with anything else
 * wrong, this throws one line naming the variable (the server says it at start, and the
 * outbox refuses to queue rather than queue what can never go).
 */
export function mailSettings(env: Env = process.env): MailSettings {
  const names = ["SMTP_HOST", "SMTP_PORT", "SMTP_SECURE", "SMTP_USER", "SMTP_PASSWORD", "MAIL_FROM", "PUBLIC_URL"] as const;
  const values = Object.fromEntries(names.map((name) => [name, env[name]?.trim() || undefined]));
  // Asked on every filing: parse once per set of values.
  const key = JSON.stringify(values);
  if (cached?.key === key) return cached.settings;
  const settings = parse(values);
  cached = { key, settings };
  return settings;
}

function parse(values: Env): MailSettings {
  if (!values.SMTP_HOST) return { enabled: false };
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new MailSettingsError(`email settings: ${String(issue.path[0] ?? "SMTP")} ${issue.message}`);
  }
  const env = parsed.data;
  const secure = env.SMTP_SECURE ?? env.SMTP_PORT === 465;
  return {
    enabled: true,
    smtp: {
      host: env.SMTP_HOST,
      port: env.SMTP_PORT ?? (secure ? 465 : 587),
      secure,
      ...(env.SMTP_USER && env.SMTP_PASSWORD ? { auth: { user: env.SMTP_USER, pass: env.SMTP_PASSWORD } } : {}),
    },
    from: env.MAIL_FROM,
    publicUrl: env.PUBLIC_URL.replace(/\/+$/, ""),
  };
}

/** True when mail is configured and valid; never throws (for pages that only show a state). */
export function mailIsOn(env: Env = process.env): boolean {
  try {
    return mailSettings(env).enabled;
  } catch {
    return false;
  }
}
