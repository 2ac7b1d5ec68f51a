import fs from "node:fs";
import path from "node:path";
import { ensurePcscd } from "../scripts/support/pcscd";
import { startServer } from "../scripts/support/server-process";
import { onServer, quoted } from "../test/support/postgres";
import { startInbox } from "../test/support/smtp-inbox";

/** pcscd with the vpcd reader first; "pcsc" because "auto" passes over an empty vpcd reader. */
export default async function globalSetup() {
  const database = process.env.E2E_DATABASE!;
  fs.mkdirSync(path.dirname(database), { recursive: true });
  const pcscd = await ensurePcscd();
  const postgres = await createPostgresDatabase();
  // A real SMTP server: what the app mails lands in files the tests read (e2e/support/mail.ts).
  const mailbox = await startInbox({ folder: process.env.E2E_MAILBOX! });
  const server = await startServer(postgres ? process.env.E2E_DATABASE_URL! : database, Number(process.env.E2E_PORT), {
    // On PostgreSQL the data folder (files, keys) is the run's folder, as on SQLite.
    ...(postgres && { DATA_DIR: process.env.DATA_DIR!, DATA_KEY_FILE: process.env.DATA_KEY_FILE! }),
    SMTP_HOST: "127.0.0.1",
    SMTP_PORT: String(mailbox.port),
    SMTP_SECURE: "false",
    MAIL_FROM: "Ko e-Service <no-reply@ko.example>",
    PUBLIC_URL: `http://127.0.0.1:${process.env.E2E_PORT}`,
    KIOSK_AGENT: "on",
    // The tests file what the statistics should count after the start (lib/transparency/precompute.ts).
    KO_STATISTICS_PRECOMPUTE: "off",
    KIOSK_READER: "pcsc",
    KIOSK_AGENT_PORT: process.env.E2E_AGENT_PORT!,
    // Short enough to test, long enough never to interrupt a test that is busy.
    KIOSK_IDLE_WARNING_SECONDS: "8",
    KIOSK_IDLE_RESET_SECONDS: "18",
  });
  return async () => {
    await server.stop();
    await mailbox.close();
    await pcscd.stop();
    await postgres?.drop();
  };
}

/** The run's own PostgreSQL database (playwright.config.ts names it), when E2E_POSTGRES_URL is set. */
async function createPostgresDatabase(): Promise<{ drop: () => Promise<void> } | null> {
  if (!process.env.E2E_POSTGRES_URL) return null;
  const server = process.env.E2E_POSTGRES_URL;
  const name = quoted(new URL(process.env.E2E_DATABASE_URL!).pathname.slice(1));
  await onServer(server, (client) => client.query(`CREATE DATABASE ${name}`));
  return { drop: () => onServer(server, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined) };
}
