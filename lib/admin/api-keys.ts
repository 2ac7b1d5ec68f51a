import { AppError } from "@/lib/errors/app-error";
import { createApiKey, listApiKeys, revokeApiKey, type ApiKeyInfo } from "@/lib/open311/api-keys";
import type { StaffSession } from "@/lib/staff/session";
import { requireAdmin } from "./authorize";
import type { FieldErrors } from "./field-errors";

/**
 * Open311 keys on the administration page: the same operations as
 * `npm run staff -- api-key` (lib/open311/api-keys.ts, which writes the audit rows), for ADMINs only.
 */
export async function listOpen311Keys(staff: StaffSession): Promise<ApiKeyInfo[]> {
  requireAdmin(staff);
  return listApiKeys();
}

/** The new key, to be shown once and never again. */
export async function makeOpen311Key(staff: StaffSession, input: { name: string; services: string[] }): Promise<{ key: string; info: ApiKeyInfo }> {
  requireAdmin(staff);
  try {
    return await createApiKey(input, { staffId: staff.id });
  } catch (error) {
    throw asFieldError(error);
  }
}

export async function revokeOpen311Key(staff: StaffSession, name: string): Promise<ApiKeyInfo> {
  requireAdmin(staff);
  return revokeApiKey(name, { staffId: staff.id });
}

function asFieldError(error: unknown): unknown {
  if (!(error instanceof AppError)) return error;
  const map: Record<string, FieldErrors> = {
    invalid_name: { name: { code: "required" } },
    name_taken: { name: { code: "nameTaken" } },
    unknown_service: { services: { code: "invalidChoice" } },
  };
  const fieldErrors = map[error.code];
  return fieldErrors ? new AppError("invalid", { fieldErrors }) : error;
}
