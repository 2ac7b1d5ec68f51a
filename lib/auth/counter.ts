import { z } from "zod";

/** Counters at the municipality's service hall are numbered 1 to MAX_COUNTER. */
export const MAX_COUNTER = 20;

/** A counter number from a form: "" for none, else 1-MAX_COUNTER. */
export const counterNumberSchema = z
  .union([z.literal(""), z.coerce.number().int().min(1).max(MAX_COUNTER)])
  .transform((value) => (value === "" ? null : value));
