import fs from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { SMTPServer } from "smtp-server";

/**
 * A real SMTP server for tests (the smtp-server package) that keeps what it receives, with
 * a small reader for what nodemailer writes: headers (RFC 2047 words), multipart bodies,
 * quoted-printable and base64. Start it on port 0 for a free port, or on a given port to
 * bring a "down" server back up. With `folder`, each message is also written there as
 * <n>.eml, for a test in another process (Playwright's workers) to read with readInboxFolder.
 */
export type ReceivedMail = { from: string; to: string[]; subject: string; text: string; html: string; headers: Map<string, string>; raw: string };
export type Inbox = { port: number; received: ReceivedMail[]; close: () => Promise<void> };

export async function startInbox(options: { port?: number; folder?: string } = {}): Promise<Inbox> {
  if (options.folder) fs.mkdirSync(options.folder, { recursive: true });
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        const envelope = { from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "", to: session.envelope.rcptTo.map((rcpt) => rcpt.address) };
        received.push({ ...parseMail(raw), ...envelope, raw });
        if (options.folder) {
          const name = String(received.length).padStart(4, "0");
          fs.writeFileSync(path.join(options.folder, `${name}.json`), JSON.stringify(envelope));
          fs.writeFileSync(path.join(options.folder, `${name}.eml`), raw);
        }
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  return {
    port: (server.server.address() as AddressInfo).port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A port nothing listens on (a mail server that is down). */
export async function closedPort(): Promise<number> {
  const inbox = await startInbox();
  await inbox.close();
  return inbox.port;
}

/** The messages a folder inbox has received so far, in order. */
export function readInboxFolder(folder: string): ReceivedMail[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith(".eml"))
    .sort()
    .map((name) => {
      const raw = fs.readFileSync(path.join(folder, name), "utf8");
      const envelope = JSON.parse(fs.readFileSync(path.join(folder, name.replace(/\.eml$/, ".json")), "utf8")) as { from: string; to: string[] };
      return { ...parseMail(raw), ...envelope, raw };
    });
}

export function parseMail(raw: string): { subject: string; text: string; html: string; headers: Map<string, string> } {
  const part = readPart(raw);
  const leaves = flatten(part);
  const body = (type: string) => leaves.find((leaf) => leaf.headers.get("content-type")?.startsWith(type))?.body ?? "";
  return { subject: decodeWords(part.headers.get("subject") ?? ""), text: body("text/plain"), html: body("text/html"), headers: part.headers };
}

type Part = { headers: Map<string, string>; body: string; parts: Part[] };

function readPart(raw: string): Part {
  const split = raw.search(/\r?\n\r?\n/);
  const head = split < 0 ? raw : raw.slice(0, split);
  const rest = split < 0 ? "" : raw.slice(split).replace(/^\r?\n\r?\n/, "");
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const type = headers.get("content-type") ?? "text/plain";
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (type.startsWith("multipart/") && boundary) {
    const sections = rest.split(`--${boundary}`).slice(1);
    const parts = sections.filter((section) => !section.startsWith("--")).map((section) => readPart(section.replace(/^\r?\n/, "")));
    return { headers, body: "", parts };
  }
  return { headers, body: decodeBody(rest, headers.get("content-transfer-encoding") ?? "7bit"), parts: [] };
}

function flatten(part: Part): Part[] {
  return part.parts.length === 0 ? [part] : part.parts.flatMap(flatten);
}

function decodeBody(body: string, encoding: string): string {
  switch (encoding.toLowerCase()) {
    case "base64":
      return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
    case "quoted-printable":
      return Buffer.from(body.replace(/=\r?\n/g, "").replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), "latin1").toString("utf8");
    default:
      return body;
  }
}

/** RFC 2047 encoded words (=?UTF-8?B?...?=, =?UTF-8?Q?...?=); adjacent words join as bytes (a character may span two). */
export function decodeWords(value: string): string {
  const word = /=\?[^?]+\?([BbQq])\?([^?]*)\?=/g;
  return value.replace(/(?:=\?[^?]+\?[BbQq]\?[^?]*\?=\s*)+/g, (run) => {
    const bytes = [...run.matchAll(word)].map(([, kind, data]) =>
      kind!.toUpperCase() === "B"
        ? Buffer.from(data!, "base64")
        : Buffer.from(data!.replace(/_/g, " ").replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), "latin1"),
    );
    return Buffer.concat(bytes).toString("utf8") + (/\s$/.test(run) ? " " : "");
  });
}
