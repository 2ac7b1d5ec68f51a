import { z } from "zod";
import { isLocale, type Locale } from "@/lib/i18n/localized";
import type { FormDefinition } from "@/lib/services/form-definition";
import type { FieldProblem } from "./contract";

/** What one online submission carries, read from its form data and not yet trusted. */
export type Submission = {
  serviceCode: string;
  locale: Locale;
  idempotencyKey: string;
  /** Filled only by bots: people never see the field. */
  honeypot: string;
  identity: Record<string, string>;
  answers: Record<string, unknown>;
  place: { latitude: string; longitude: string };
  files: SubmittedFile[];
};
export type SubmittedFile = { fieldKey: string; name: string; bytes: Uint8Array };

const IDENTITY_NAMES = ["citizenId", "prefixTh", "firstTh", "lastTh", "birthDate", "address", "phone", "email"] as const;
// Every text input is bounded here, before any check that would read it whole.
const MAX_TEXT = 5000;

export function readSubmission(form: FormData, formOf: (serviceCode: string) => FormDefinition | null): Submission {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value.slice(0, MAX_TEXT) : "";
  };
  const serviceCode = text("serviceCode");
  const locale = text("locale");
  const definition = formOf(serviceCode);
  const answers = Object.create(null) as Record<string, unknown>;
  const asked = new Map((definition?.fields ?? []).map((field) => [field.key, field]));
  for (const name of new Set(form.keys())) {
    if (!name.startsWith("answer.")) continue;
    const key = name.slice("answer.".length);
    const field = asked.get(key);
    const values = form.getAll(name).filter((v): v is string => typeof v === "string").map((v) => v.slice(0, MAX_TEXT));
    answers[key] = field?.type === "multi" ? values : values[0];
  }
  return {
    serviceCode,
    locale: isLocale(locale) ? locale : "th",
    idempotencyKey: text("idempotencyKey"),
    honeypot: text("website"),
    identity: Object.fromEntries(IDENTITY_NAMES.map((name) => [name, text(name)])),
    answers,
    place: { latitude: text("latitude"), longitude: text("longitude") },
    files: [],
  };
}

/** The files, read once the rest has passed its checks (so a refused form reads no photo). */
export async function readFiles(form: FormData): Promise<SubmittedFile[]> {
  const files: SubmittedFile[] = [];
  for (const [name, value] of form.entries()) {
    if (!name.startsWith("file.") || typeof value === "string" || value.size === 0) continue;
    files.push({ fieldKey: name.slice("file.".length), name: value.name.slice(0, 200), bytes: new Uint8Array(await value.arrayBuffer()) });
  }
  return files;
}

const coordinate = (min: number, max: number) =>
  z.union([z.literal(""), z.string().regex(/^-?\d{1,3}(\.\d{1,8})?$/).transform(Number).pipe(z.number().min(min).max(max))]);
const placeInput = z.object({ latitude: coordinate(-90, 90), longitude: coordinate(-180, 180) });

/**
 * The device's coordinates, when the service takes them and the resident chose to share
 * them (the place itself is described in the form's own question); both or neither.
 */
export function checkPlace(
  need: "none" | "optional",
  raw: Submission["place"],
): { ok: true; place: { text: string; latitude: number; longitude: number } | null } | { ok: false; fields: Record<string, FieldProblem> } {
  if (need === "none") return { ok: true, place: null };
  const parsed = placeInput.safeParse(raw);
  if (!parsed.success) return { ok: false, fields: { coordinates: { code: "invalidLocation" } } };
  const { latitude, longitude } = parsed.data;
  if (latitude === "" && longitude === "") return { ok: true, place: null };
  if (latitude === "" || longitude === "") return { ok: false, fields: { coordinates: { code: "invalidLocation" } } };
  return { ok: true, place: { text: "", latitude, longitude } };
}
