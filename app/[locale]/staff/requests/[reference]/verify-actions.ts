"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { isAppError } from "@/lib/errors/app-error";
import { describeError } from "@/lib/errors/describe-error";
import { LOCALES } from "@/lib/i18n/localized";
import { attestation, cardData } from "@/lib/kiosk/contract";
import { verifyAtCounter } from "@/lib/online/verify-at-counter";
import { requireStaff } from "@/lib/staff/session";

export type VerifyState = { status: "idle" } | { status: "verified"; pc: string } | { status: "error"; code: string };

const verifyForm = z.object({ reference: z.string().max(40), locale: z.enum(LOCALES), card: z.string().max(20_000), attestation: z.string().max(4_000) });

/** The officer's "check against the card" for a request typed online (lib/online/verify-at-counter.ts). */
export async function verifyIdentity(_previous: VerifyState, form: FormData): Promise<VerifyState> {
  const parsed = verifyForm.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { status: "error", code: "cardNotRead" };
  const staff = await requireStaff(parsed.data.locale);
  let rawCard: unknown;
  let signed: unknown;
  try {
    rawCard = JSON.parse(parsed.data.card);
    signed = JSON.parse(parsed.data.attestation);
  } catch {
    return { status: "error", code: "cardNotRead" };
  }
  const card = cardData.safeParse(rawCard);
  const read = attestation.safeParse(signed);
  if (!card.success || !read.success) return { status: "error", code: "cardNotRead" };
  try {
    const result = await verifyAtCounter({ staff, reference: parsed.data.reference, card: card.data, rawCard: rawCard as object, attestation: read.data });
    revalidatePath(`/${parsed.data.locale}/staff/requests/${parsed.data.reference}`);
    return { status: "verified", pc: result.pc };
  } catch (error) {
    if (isAppError(error)) return { status: "error", code: error.code };
    console.error("identity check failed:", describeError(error));
    return { status: "error", code: "server_error" };
  }
}
