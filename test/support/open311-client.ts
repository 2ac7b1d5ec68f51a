import { routeOpen311, type Open311HttpRequest } from "@/lib/open311/route";
import type { Open311Reply } from "@/lib/open311/responses";

/** Calls the Open311 routes as the web server does, without a socket. */
export async function open311(
  method: string,
  path: string,
  options: { form?: Record<string, string | string[]>; body?: string | null; contentType?: string; idempotencyKey?: string; client?: string } = {},
): Promise<Open311Reply> {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(options.form ?? {})) for (const v of [value].flat()) params.append(name, v);
  const request: Open311HttpRequest = {
    method,
    url: new URL(path, "http://localhost"),
    host: "localhost",
    contentType: options.contentType ?? (method === "POST" ? "application/x-www-form-urlencoded" : undefined),
    idempotencyKey: options.idempotencyKey,
    client: options.client ?? "203.0.113.7",
    body: async () => (options.body === undefined ? params.toString() : options.body),
  };
  const reply = await routeOpen311(request);
  if (!reply) throw new Error(`${path} is not an Open311 route`);
  return reply;
}

export const jsonOf = <T = unknown>(reply: Open311Reply): T => JSON.parse(reply.body.toString("utf8")) as T;
