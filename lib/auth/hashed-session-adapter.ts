import { createHash } from "node:crypto";
import type { BetterAuthOptions, DBAdapter, Where } from "better-auth";

/**
 * Session tokens are kept in the database only as their SHA-256 (the cookie holds the token
 * itself), so a copy of the database, even with the cookie-signing key beside it, opens no
 * session: whoever has a row has a hash, and a hash presented as a cookie is hashed again.
 *
 * Better Auth has no option for this, so its database adapter is wrapped: every session
 * write and lookup by token goes through `sessionTokenHash`. A plain hash (no key) is
 * enough: tokens are 32 random characters, nothing to guess. Rows read back by token get
 * the token that was asked for (Better Auth signs it into the cookie and deletes by it);
 * rows read by anything else (a person's sessions) carry the hash, which opens nothing.
 */
export function sessionTokenHash(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("base64url");
}

const SESSION_MODELS = new Set(["session", "staffSession"]);
type Row = Record<string, unknown>;

function hashWhere(where: Where[] | undefined): { where: Where[] | undefined; token: string | null } {
  let token: string | null = null;
  const hashed = where?.map((clause) => {
    if (clause.field !== "token") return clause;
    const { value } = clause;
    if (typeof value === "string") {
      if ((clause.operator ?? "eq") === "eq") token = value;
      return { ...clause, value: sessionTokenHash(value) };
    }
    if (Array.isArray(value)) return { ...clause, value: (value as unknown[]).map((v) => sessionTokenHash(String(v))) };
    return clause;
  });
  return { where: hashed, token };
}

function withToken<T>(row: T, token: string | null): T {
  if (!token || !row || typeof row !== "object" || !("token" in row)) return row;
  return { ...(row as Row), token } as T;
}

function hashData<T>(data: T): T {
  const row = data as Row;
  return typeof row?.token === "string" ? ({ ...row, token: sessionTokenHash(row.token) } as T) : data;
}

function wrap<A extends Omit<DBAdapter<BetterAuthOptions>, "transaction">>(adapter: A): A {
  const isSession = (model: string) => SESSION_MODELS.has(model);
  return {
    ...adapter,
    create: async (input) => {
      if (!isSession(input.model)) return adapter.create(input);
      const token = (input.data as Row).token;
      const created = await adapter.create({ ...input, data: hashData(input.data) });
      return withToken(created, typeof token === "string" ? token : null);
    },
    findOne: async (input) => {
      if (!isSession(input.model)) return adapter.findOne(input);
      const { where, token } = hashWhere(input.where);
      return withToken(await adapter.findOne({ ...input, where: where ?? [] }), token);
    },
    findMany: async (input) => {
      if (!isSession(input.model)) return adapter.findMany(input);
      return adapter.findMany({ ...input, where: hashWhere(input.where).where });
    },
    count: async (input) => (isSession(input.model) ? adapter.count({ ...input, where: hashWhere(input.where).where }) : adapter.count(input)),
    update: async (input) => {
      if (!isSession(input.model)) return adapter.update(input);
      const { where, token } = hashWhere(input.where);
      return withToken(await adapter.update({ ...input, where: where ?? [], update: hashData(input.update) }), token);
    },
    updateMany: async (input) =>
      isSession(input.model) ? adapter.updateMany({ ...input, where: hashWhere(input.where).where ?? [], update: hashData(input.update) }) : adapter.updateMany(input),
    delete: async (input) => (isSession(input.model) ? adapter.delete({ ...input, where: hashWhere(input.where).where ?? [] }) : adapter.delete(input)),
    deleteMany: async (input) => (isSession(input.model) ? adapter.deleteMany({ ...input, where: hashWhere(input.where).where ?? [] }) : adapter.deleteMany(input)),
    consumeOne: async (input) => {
      if (!isSession(input.model)) return adapter.consumeOne(input);
      const { where, token } = hashWhere(input.where);
      return withToken(await adapter.consumeOne({ ...input, where: where ?? [] }), token);
    },
    incrementOne: async (input) => {
      if (!isSession(input.model)) return adapter.incrementOne(input);
      const { where, token } = hashWhere(input.where);
      return withToken(await adapter.incrementOne({ ...input, where: where ?? [], set: input.set && hashData(input.set) }), token);
    },
  };
}

/** `database: hashedSessionTokens(prismaAdapter(db, ...))` in the Better Auth options. */
export function hashedSessionTokens(factory: (options: BetterAuthOptions) => DBAdapter<BetterAuthOptions>) {
  return (options: BetterAuthOptions): DBAdapter<BetterAuthOptions> => {
    const adapter = factory(options);
    return { ...wrap(adapter), transaction: (callback) => adapter.transaction((trx) => callback(wrap(trx))) };
  };
}
