import { isAppError } from "@/lib/errors/app-error";

/**
 * What a checklist form's action says back, as a code in the address (?error=wrongType):
 * the forms work without JavaScript, and the page words the code. Unexpected errors are
 * logged by name and message only (no document content, no address).
 */
export function errorCode(error: unknown): string {
  if (isAppError(error)) {
    const fields = error.details.fieldErrors as Record<string, { code: string }> | undefined;
    const first = fields ? Object.values(fields)[0]?.code : undefined;
    return first ?? error.code;
  }
  console.error("ITA action failed:", error instanceof Error ? `${error.name}: ${error.message}` : "unknown error");
  return "unexpected";
}

export function formYear(form: FormData): number {
  const year = Number(form.get("year"));
  return Number.isInteger(year) && year > 2500 && year < 2800 ? year : 0;
}
