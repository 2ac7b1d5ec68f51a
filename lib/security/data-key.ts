import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { xchacha20poly1305 } from "@noble/ciphers/chacha.js";

/**
 * The data key: encrypts personal data at rest (the applicant record) with
 * XChaCha20-Poly1305, an authenticated cipher, so a copy of the database alone shows no
 * citizen ID, name or address, and a changed byte is refused rather than read.
 *
 * The key is never in the database nor in its folder (a backup of data/ must not carry it):
 * DATA_KEY (base64, 32 bytes) from the environment, or the key file DATA_KEY_FILE (default
 * keys/data.key in the project folder), made 0600 on first use when missing.
 *
 * The file is a keyring: one base64 key a line, the first encrypts, the others only
 * decrypt (kept while `npm run keys:rotate` re-encrypts). Each sealed value names the key
 * it was sealed with, so rotation can run beside a live server: the server re-reads the
 * file when it changes (checked at most once a second) or when it meets a key it lacks.
 */

export const DEFAULT_DATA_KEY_FILE = "keys/data.key";
const SEALED = /^ko1\.([0-9a-f]{8})\.([A-Za-z0-9_-]+)$/;
const NONCE_BYTES = 24;
const RECHECK_MS = 1_000;

export type DataKey = { id: string; key: Uint8Array };
export type Keyring = { current: DataKey; keys: ReadonlyMap<string, DataKey> };

export class DataKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DataKeyError";
  }
}

/** A key's public name: a short hash, so sealed values can say which key they need. */
export function keyId(key: Uint8Array): string {
  return createHash("sha256").update("ko-data-key-id:").update(key).digest("hex").slice(0, 8);
}

export function newDataKey(): DataKey {
  const key = new Uint8Array(randomBytes(32));
  return { id: keyId(key), key };
}

function parseKey(text: string, where: string): DataKey {
  const key = new Uint8Array(Buffer.from(text.trim(), "base64"));
  if (key.length !== 32) throw new DataKeyError(`${where} does not hold a 32-byte base64 data key`);
  return { id: keyId(key), key };
}

export function parseKeyring(text: string, where: string): Keyring {
  const lines = text.split("\n").map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("#"));
  if (lines.length === 0) throw new DataKeyError(`${where} holds no data key`);
  const list = lines.map((line) => parseKey(line, where));
  return { current: list[0]!, keys: new Map(list.map((key) => [key.id, key])) };
}

export function formatKeyring(keys: DataKey[]): string {
  return [
    "# Ko One-Stop data key. Back it up apart from the database: without it the applicant records cannot be read.",
    "# The first key encrypts; any others only decrypt, until `npm run keys:rotate` has finished.",
    ...keys.map((key) => Buffer.from(key.key).toString("base64")),
    "",
  ].join("\n");
}

/** Where the key file is (DATA_KEY_FILE, relative to the project folder). */
export function dataKeyFile(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): string {
  return path.resolve(root, env.DATA_KEY_FILE?.trim() || DEFAULT_DATA_KEY_FILE);
}

/** Write a keyring file atomically, 0600, in a 0700 folder: a crash leaves the old one whole. */
export function writeKeyringFile(file: string, keys: DataKey[]): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, formatKeyring(keys), { mode: 0o600, flag: "w" });
  fs.chmodSync(temporary, 0o600);
  fs.renameSync(temporary, file);
}

type Loaded = { keyring: Keyring; file: string | null; stamp: string; checkedAt: number };
let loaded: Loaded | undefined;

function stampOf(file: string): string {
  const stat = fs.statSync(file);
  return `${stat.mtimeMs}:${stat.size}:${stat.ino}`;
}

function load(): Loaded {
  const fromEnv = process.env.DATA_KEY?.trim();
  if (fromEnv) return { keyring: parseKeyring(fromEnv.replaceAll(",", "\n"), "DATA_KEY"), file: null, stamp: "", checkedAt: Date.now() };
  const file = dataKeyFile();
  if (!fs.existsSync(file)) {
    const key = newDataKey();
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
      // wx: two processes starting at once must not each make their own key.
      fs.writeFileSync(file, formatKeyring([key]), { flag: "wx", mode: 0o600 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  return { keyring: parseKeyring(fs.readFileSync(file, "utf8"), file), file, stamp: stampOf(file), checkedAt: Date.now() };
}

/** The keys in use, re-read when the key file changed (rotation beside a running server). */
export function dataKeyring(options: { force?: boolean } = {}): Keyring {
  const now = Date.now();
  if (loaded && loaded.file && (options.force || now - loaded.checkedAt > RECHECK_MS)) {
    loaded.checkedAt = now;
    if (stampOf(loaded.file) !== loaded.stamp) loaded = undefined;
  }
  loaded ??= load();
  return loaded.keyring;
}

/** Forget the loaded keys (tests and the rotation command change DATA_KEY_FILE). */
export function forgetDataKeys(): void {
  loaded = undefined;
}

export function isSealed(value: string): boolean {
  return SEALED.test(value);
}

/** The key a sealed value needs, or null for a value that is not sealed. */
export function sealedKeyId(value: string): string | null {
  return SEALED.exec(value)?.[1] ?? null;
}

/**
 * Encrypt a text under the current key. `context` (e.g. the request's reference) is
 * authenticated with it, so a sealed value moved to another row is refused there.
 */
export function seal(plaintext: string, context: string, key: DataKey = dataKeyring().current): string {
  const nonce = new Uint8Array(randomBytes(NONCE_BYTES));
  const sealed = xchacha20poly1305(key.key, nonce, aad(key.id, context)).encrypt(new TextEncoder().encode(plaintext));
  const body = Buffer.concat([nonce, sealed]).toString("base64url");
  return `ko1.${key.id}.${body}`;
}

/** Decrypt a sealed value; throws DataKeyError when the key is missing or a byte changed. */
export function unseal(value: string, context: string): string {
  const match = SEALED.exec(value);
  if (!match) throw new DataKeyError("not a sealed value");
  const [, id, body] = match as unknown as [string, string, string];
  const key = dataKeyring().keys.get(id) ?? dataKeyring({ force: true }).keys.get(id);
  if (!key) throw new DataKeyError(`sealed under data key ${id}, which is not in the keyring`);
  const bytes = Buffer.from(body, "base64url");
  try {
    const opened = xchacha20poly1305(key.key, bytes.subarray(0, NONCE_BYTES), aad(id, context)).decrypt(bytes.subarray(NONCE_BYTES));
    return new TextDecoder().decode(opened);
  } catch {
    throw new DataKeyError("sealed value failed authentication (changed, or moved from another record)");
  }
}

function aad(id: string, context: string): Uint8Array {
  return new TextEncoder().encode(`ko1|${id}|${context}`);
}

// Binary values (attachment files): "KOB1", the key's id as 4 bytes, the nonce, then the
// ciphertext with its tag. Same cipher and associated data as seal(), without base64's third.
const BINARY_MAGIC = Buffer.from("KOB1", "ascii");
const BINARY_HEADER = BINARY_MAGIC.length + 4;

/** Encrypt bytes under the current key, bound to `context` (e.g. the attachment's id) as seal() is. */
export function sealBytes(plaintext: Uint8Array, context: string, key: DataKey = dataKeyring().current): Buffer {
  const nonce = new Uint8Array(randomBytes(NONCE_BYTES));
  const sealed = xchacha20poly1305(key.key, nonce, aad(key.id, context)).encrypt(plaintext);
  return Buffer.concat([BINARY_MAGIC, Buffer.from(key.id, "hex"), nonce, sealed]);
}

/** The key sealed bytes need, or null for bytes sealBytes() did not make. */
export function sealedBytesKeyId(sealed: Uint8Array): string | null {
  if (sealed.length < BINARY_HEADER + NONCE_BYTES || !Buffer.from(sealed.subarray(0, BINARY_MAGIC.length)).equals(BINARY_MAGIC)) return null;
  return Buffer.from(sealed.subarray(BINARY_MAGIC.length, BINARY_HEADER)).toString("hex");
}

/** Decrypt sealBytes()'s output; throws DataKeyError when the key is missing or a byte changed. */
export function unsealBytes(sealed: Uint8Array, context: string): Uint8Array {
  const id = sealedBytesKeyId(sealed);
  if (!id) throw new DataKeyError("not sealed bytes");
  const key = dataKeyring().keys.get(id) ?? dataKeyring({ force: true }).keys.get(id);
  if (!key) throw new DataKeyError(`sealed under data key ${id}, which is not in the keyring`);
  const nonce = sealed.subarray(BINARY_HEADER, BINARY_HEADER + NONCE_BYTES);
  try {
    return xchacha20poly1305(key.key, nonce, aad(id, context)).decrypt(sealed.subarray(BINARY_HEADER + NONCE_BYTES));
  } catch {
    throw new DataKeyError("sealed bytes failed authentication (changed, or moved from another record)");
  }
}
