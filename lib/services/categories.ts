import type { LocalizedText } from "@/lib/i18n/localized";

/**
 * Service categories, for the catalogue and the kiosk's tiles. A fixed list (not staff
 * data) because each has an icon and a place in the kiosk layout.
 */
export const CATEGORIES = {
  welfare: { th: "สวัสดิการและเบี้ยยังชีพ", en: "Welfare and allowances" },
  building: { th: "ก่อสร้างและอาคาร", en: "Building and construction" },
  repairs: { th: "แจ้งซ่อมและสาธารณูปโภค", en: "Repairs and utilities" },
  tax: { th: "ภาษีและค่าธรรมเนียม", en: "Taxes and fees" },
  business: { th: "ทะเบียนและใบอนุญาตประกอบการ", en: "Business registration and licences" },
  disaster: { th: "สาธารณภัยและความช่วยเหลือ", en: "Disaster relief and help" },
  community: { th: "บริการชุมชน", en: "Community services" },
  participation: { th: "ข้อมูลข่าวสาร ร้องเรียน และการมีส่วนร่วม", en: "Information, complaints and participation" },
} as const satisfies Record<string, LocalizedText>;

export type Category = keyof typeof CATEGORIES;
export const CATEGORY_CODES = Object.keys(CATEGORIES) as Category[];

export function isCategory(value: string): value is Category {
  return value in CATEGORIES;
}
