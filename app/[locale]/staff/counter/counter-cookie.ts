import { cookies } from "next/headers";
import { counterNumber } from "@/lib/queue/ticket-status";
import type { StaffSession } from "@/lib/staff/session";

/**
 * The counter this browser's officer works at, when chosen on the counter page rather
 * than at sign-in: a cookie of the PC at that counter (the next person signing in there
 * sits at the same counter), kept for a working day.
 */
const COOKIE = "ko-counter";
const MAX_AGE_S = 12 * 60 * 60;

export async function chosenCounter(staff: StaffSession): Promise<number | null> {
  const parsed = counterNumber.safeParse((await cookies()).get(COOKIE)?.value);
  return parsed.success ? parsed.data : staff.counterNumber;
}

export async function rememberCounter(counter: number): Promise<void> {
  (await cookies()).set(COOKIE, String(counter), { httpOnly: true, sameSite: "lax", path: "/", maxAge: MAX_AGE_S, secure: process.env.NODE_ENV === "production" && process.env.PUBLIC_URL?.startsWith("https:") === true });
}
