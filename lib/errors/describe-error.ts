/**
 * An unexpected error in one log line without personal data: its name, its code, and the
 * last line of its message. Prisma puts the call's arguments (which may hold a citizen ID
 * or a name) in the middle of its messages and the database's own words at the end.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return "unknown error";
  const code = (error as { code?: unknown }).code;
  const lines = error.message.split("\n").map((line) => line.trim()).filter(Boolean);
  const last = (lines.at(-1) ?? "").slice(0, 200);
  return [error.name, typeof code === "string" ? code : null].filter(Boolean).join(" ") + (last ? `: ${last}` : "");
}
