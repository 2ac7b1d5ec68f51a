import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { enrollKiosk, listKiosks, revokeKiosk, type KioskDeviceInfo } from "@/lib/kiosk/devices";
import type { StaffSession } from "@/lib/staff/session";
import { adminAudit } from "./audit";
import { requireAdmin } from "./authorize";
import type { FieldErrors } from "./field-errors";

/**
 * The kiosk PCs whose card reads the server trusts. Enrolling and revoking go through
 * lib/kiosk/devices.ts (the same code as `npm run kiosk`); this adds the admin check, a
 * rename, and the audit rows.
 */
export async function listKioskDevices(staff: StaffSession): Promise<KioskDeviceInfo[]> {
  requireAdmin(staff);
  return listKiosks();
}

/**
 * `publicKey` as `kiosk-agent identity` prints it: the key alone, both printed lines
 * ("device-id: ..." and "public-key: ..."), or the `--json` output.
 */
export async function enrollKioskDevice(staff: StaffSession, input: { name: string; publicKey: string }): Promise<KioskDeviceInfo> {
  requireAdmin(staff);
  checkName(String(input.name ?? "").trim());
  const publicKey = pastedPublicKey(String(input.publicKey ?? ""));
  if (!publicKey) throw new AppError("invalid", { fieldErrors: { publicKey: { code: "required" } } });
  let device: KioskDeviceInfo;
  try {
    device = await enrollKiosk(String(input.name ?? ""), publicKey);
  } catch (error) {
    throw asFieldError(error);
  }
  // enrollKiosk writes on its own; the audit row follows at once (the device row is the record).
  await db.auditLog.create({
    data: adminAudit(staff, "kiosk.enrolled", { type: "kiosk", id: device.id }, { name: device.name, deviceId: device.deviceId }),
  });
  return device;
}

export async function renameKioskDevice(staff: StaffSession, input: { kioskId: number; name: string }): Promise<KioskDeviceInfo> {
  requireAdmin(staff);
  const device = await db.kioskDevice.findUnique({ where: { id: input.kioskId } });
  if (!device) throw new AppError("not_found");
  const name = String(input.name ?? "").trim();
  checkName(name);
  if (name === device.name) return device;
  if (await db.kioskDevice.findUnique({ where: { name } })) throw new AppError("invalid", { fieldErrors: { name: { code: "nameTaken" } } });
  return db.$transaction(async (tx) => {
    const renamed = await tx.kioskDevice.update({
      where: { id: device.id },
      data: { name },
      select: { id: true, name: true, deviceId: true, enrolledAt: true, revokedAt: true },
    });
    await tx.auditLog.create({ data: adminAudit(staff, "kiosk.renamed", { type: "kiosk", id: device.id }, { from: device.name, to: name }) });
    return renamed;
  });
}

/** Permanent: a revoked kiosk's reads are refused at once. Revoking twice changes nothing. */
export async function revokeKioskDevice(staff: StaffSession, input: { kioskId: number }): Promise<KioskDeviceInfo> {
  requireAdmin(staff);
  const device = await db.kioskDevice.findUnique({ where: { id: input.kioskId } });
  if (!device) throw new AppError("not_found");
  if (device.revokedAt) return device;
  const revoked = await revokeKiosk(device.name);
  await db.auditLog.create({ data: adminAudit(staff, "kiosk.revoked", { type: "kiosk", id: device.id }, { name: device.name, deviceId: device.deviceId }) });
  return revoked;
}

export function pastedPublicKey(pasted: string): string {
  const text = pasted.trim();
  if (text.startsWith("{")) {
    try {
      const parsed: unknown = JSON.parse(text);
      const key = (parsed as { publicKey?: unknown })?.publicKey;
      if (typeof key === "string") return key.trim();
    } catch {
      // not the JSON form: read it as text below
    }
  }
  const labelled = /public-key:\s*(\S+)/i.exec(text);
  return labelled ? labelled[1]! : text.replace(/\s+/g, "");
}

const MAX_NAME = 60; // as lib/kiosk/devices.ts allows

function checkName(name: string): void {
  if (name.length === 0) throw new AppError("invalid", { fieldErrors: { name: { code: "required" } } });
  if (name.length > MAX_NAME) throw new AppError("invalid", { fieldErrors: { name: { code: "tooLong", params: { max: MAX_NAME } } } });
}

function asFieldError(error: unknown): unknown {
  if (!(error instanceof AppError)) return error;
  const map: Record<string, FieldErrors> = {
    invalid_name: { name: { code: "required" } },
    name_taken: { name: { code: "nameTaken" } },
    invalid_public_key: { publicKey: { code: "invalidPublicKey" } },
    already_enrolled: { publicKey: { code: "alreadyEnrolled", params: { name: String(error.details.name ?? "") } } },
  };
  const fieldErrors = map[error.code];
  return fieldErrors ? new AppError("invalid", { fieldErrors }) : error;
}
