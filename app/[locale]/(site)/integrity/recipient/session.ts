import { cookies } from "next/headers";
import { RECIPIENT_COOKIES } from "@/lib/integrity/session-cookie";

/** The recipient cookie's token, if any (only ever the random token: recipient-session.ts). */
export async function recipientToken(): Promise<string | undefined> {
  const jar = await cookies();
  return RECIPIENT_COOKIES.map((c) => jar.get(c.name)?.value).find(Boolean);
}

/** Set (or, with "", clear) the token under each language's cookie. */
export async function setRecipientToken(token: string, options: (path: string) => object): Promise<void> {
  const jar = await cookies();
  for (const c of RECIPIENT_COOKIES) jar.set(c.name, token, options(c.path));
}
