import { listActiveServices } from "@/lib/services/catalogue";
import type { Category } from "@/lib/services/categories";
import { orderedFields, type FormField } from "@/lib/services/form-definition";
import type { LocalizedText } from "@/lib/i18n/localized";
import type { EligibilityRule } from "@/lib/eligibility/rules";

/** What the kiosk screens need to know about a service: plain, serialisable data. */
export type KioskService = {
  code: string;
  name: LocalizedText;
  description: LocalizedText;
  category: Category;
  division: { code: string; name: LocalizedText };
  workingDays: number;
  // File uploads cannot be made at the kiosk: those questions are left to the counter.
  fields: FormField[];
  // The page checks the card against these before asking anything (lib/eligibility/evaluate.ts).
  eligibility?: EligibilityRule[];
};

/** The services offered at the kiosk, in catalogue order. */
export async function listKioskServices(): Promise<KioskService[]> {
  const services = await listActiveServices();
  return services
    .filter((service) => service.channels.includes("kiosk"))
    .map((service) => ({
      code: service.code,
      name: service.name,
      description: service.description,
      category: service.category,
      division: { code: service.division.code, name: { th: service.division.nameTh, en: service.division.nameEn } },
      workingDays: service.processing.workingDays,
      fields: orderedFields(service.form).filter((field) => field.type !== "file"),
      eligibility: service.eligibility,
    }));
}
