import type { FormField } from "@/lib/services/form-definition";

/** Everything the resident has typed or chosen; kept in memory only (nothing personal in storage). */
export type FormValues = {
  identity: Record<string, string>;
  answers: Record<string, string | string[]>;
  files: Record<string, File[]>;
  place: { latitude: string; longitude: string };
};

export const IDENTITY_INPUTS = ["citizenId", "prefixTh", "firstTh", "lastTh", "birthDate", "address", "phone", "email"] as const;

export const emptyValues = (): FormValues => ({
  identity: Object.fromEntries(IDENTITY_INPUTS.map((name) => [name, ""])),
  answers: {},
  files: {},
  place: { latitude: "", longitude: "" },
});

export const MAX_FILES = 5;
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
const ACCEPTED = new Set(["image/jpeg", "image/png", "application/pdf"]);

/** A first look in the browser; the server checks the content itself (lib/files). */
export function fileProblem(file: File): "tooLarge" | "wrongType" | null {
  if (file.size > MAX_FILE_BYTES) return "tooLarge";
  if (!ACCEPTED.has(file.type)) return "wrongType";
  return null;
}

/** The multipart body of POST /api/e-service/requests (lib/online/contract.ts). */
export function toFormData(values: FormValues, shown: FormField[], meta: { serviceCode: string; locale: string; idempotencyKey: string; honeypot: string }): FormData {
  const data = new FormData();
  data.set("serviceCode", meta.serviceCode);
  data.set("locale", meta.locale);
  data.set("idempotencyKey", meta.idempotencyKey);
  data.set("website", meta.honeypot);
  for (const name of IDENTITY_INPUTS) data.set(name, values.identity[name] ?? "");
  for (const field of shown) {
    if (field.type === "file") {
      for (const file of values.files[field.key] ?? []) data.append(`file.${field.key}`, file, file.name);
      continue;
    }
    const answer = values.answers[field.key];
    for (const value of Array.isArray(answer) ? answer : answer === undefined ? [] : [answer]) data.append(`answer.${field.key}`, value);
  }
  data.set("latitude", values.place.latitude);
  data.set("longitude", values.place.longitude);
  return data;
}

export const fill = (text: string | undefined, values: Record<string, string | number | undefined>) =>
  (text ?? "").replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ""));

export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`;
}

/** The Thai citizen ID's own check digit (mod 11), so a typo shows while typing. */
export function citizenIdProblem(typed: string): "citizenIdFormat" | "citizenIdChecksum" | null {
  const digits = typed.replace(/[\s-]/g, "");
  if (!/^\d{13}$/.test(digits)) return "citizenIdFormat";
  const sum = [...digits.slice(0, 12)].reduce((total, digit, index) => total + Number(digit) * (13 - index), 0);
  return (11 - (sum % 11)) % 10 === Number(digits[12]) ? null : "citizenIdChecksum";
}
