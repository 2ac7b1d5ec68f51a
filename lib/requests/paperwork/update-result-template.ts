import { z } from "zod";
import { adminAudit } from "@/lib/admin/audit";
import { requireAdmin } from "@/lib/admin/authorize";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { StaffSession } from "@/lib/staff/session";

export const RESULT_TEMPLATE_MAX = 4000;

const template = z.string().max(RESULT_TEMPLATE_MAX, "tooLong").transform((text) => text.replace(/\r\n/g, "\n").trim());
const input = z.object({ serviceId: z.number().int().positive(), th: template, en: template });

/**
 * Save a service's result letter / registration slip template (both languages; "" prints
 * the default letter). ADMIN only, checked here whatever called it; audited with lengths,
 * never the text.
 */
export async function updateResultTemplate(staff: StaffSession | null, raw: { serviceId: number; th: string; en: string }): Promise<void> {
  requireAdmin(staff);
  const parsed = input.safeParse(raw);
  if (!parsed.success) throw new AppError("invalid", { field: String(parsed.error.issues[0]?.path[0] ?? "th") });
  const { serviceId, th, en } = parsed.data;
  await db.$transaction(async (tx) => {
    const service = await tx.service.findUnique({ where: { id: serviceId }, select: { code: true } });
    if (!service) throw new AppError("not_found");
    await tx.service.update({ where: { id: serviceId }, data: { resultTemplateTh: th, resultTemplateEn: en } });
    await tx.auditLog.create({ data: adminAudit(staff, "service.result_template_updated", { type: "service", id: service.code }, { th: th.length, en: en.length }) });
  });
}
