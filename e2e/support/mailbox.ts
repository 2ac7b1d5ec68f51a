import fs from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";

/**
 * A real SMTP server for the browser tests (started by global-setup.ts): every message the
 * app sends is kept as a .eml file in `folder`, where a test reads it back.
 */
export async function startMailbox(folder: string): Promise<{ port: number; stop: () => Promise<void> }> {
  fs.mkdirSync(folder, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        fs.writeFileSync(path.join(folder, `${String(++count).padStart(4, "0")}.eml`), Buffer.concat(chunks));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as { port: number }).port;
  return { port, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** The messages received so far (raw RFC 5322 text, quoted-printable and all). */
export function receivedMail(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith(".eml"))
    .sort()
    .map((name) => fs.readFileSync(path.join(folder, name), "utf8"));
}

export const mailboxFolder = () => path.join(path.dirname(process.env.E2E_DATABASE!), "mailbox");
