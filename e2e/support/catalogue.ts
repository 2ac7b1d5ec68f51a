import type { APIRequestContext } from "@playwright/test";

type Open311Service = { service_code: string; service_name: string; group: string };

/** Find a seeded service by a word in its Thai name, through the public Open311 list. */
export async function findServiceCode(request: APIRequestContext, thaiNamePart: string): Promise<string> {
  const services = (await (await request.get("/open311/v2/services.json")).json()) as Open311Service[];
  const match = services.find((s) => s.service_name.includes(thaiNamePart));
  if (!match) throw new Error(`no seeded service whose Thai name contains ${thaiNamePart}`);
  return match.service_code;
}
