import type { DivisionCode } from "@/lib/services/divisions";

export type DivisionSeed = {
  code: DivisionCode;
  nameTh: string;
  nameEn: string;
  summaryTh: string;
  summaryEn: string;
  /** Letter of the division's queue tickets at the counter. */
  queuePrefix: string;
};

/** The five divisions (ส่วนราชการ) of Ko Subdistrict Municipality, in catalogue order. */
export const seedDivisions: DivisionSeed[] = [
  {
    code: "PALAD",
    queuePrefix: "A",
    nameTh: "สำนักปลัด",
    nameEn: "Office of the Municipal Clerk",
    summaryTh: "งานบริหารทั่วไป ใบอนุญาตด้านสาธารณสุข สาธารณภัย เรื่องร้องเรียนทั่วไป และข้อมูลข่าวสารของราชการ",
    summaryEn: "General administration, health licences, disaster relief, general complaints and official information.",
  },
  {
    code: "FINANCE",
    queuePrefix: "B",
    nameTh: "กองคลัง",
    nameEn: "Finance Division",
    summaryTh: "ภาษี ค่าธรรมเนียม การรับชำระเงิน และทะเบียนพาณิชย์",
    summaryEn: "Taxes, fees, payments and commercial registration.",
  },
  {
    code: "ENGINEERING",
    queuePrefix: "C",
    nameTh: "กองช่าง",
    nameEn: "Engineering Division",
    summaryTh: "การขออนุญาตก่อสร้าง ไฟฟ้าสาธารณะ ถนน ท่อระบายน้ำ และประปา",
    summaryEn: "Building permits, public lighting, roads, drains and water supply.",
  },
  {
    code: "WELFARE",
    queuePrefix: "D",
    nameTh: "กองสวัสดิการสังคม",
    nameEn: "Social Welfare Division",
    summaryTh: "เบี้ยยังชีพผู้สูงอายุ ผู้พิการ ผู้ป่วยเอดส์ เงินอุดหนุนเด็กแรกเกิด และการสงเคราะห์ผู้ยากไร้",
    summaryEn: "Elderly, disability and HIV allowances, the newborn grant and hardship aid.",
  },
  {
    code: "STRATEGY",
    queuePrefix: "E",
    nameTh: "กองยุทธศาสตร์และงบประมาณ",
    nameEn: "Strategy and Budget Division",
    summaryTh: "แผนพัฒนาท้องถิ่น การเผยแพร่ข้อมูลสาธารณะ และการสำรวจความพึงพอใจ",
    summaryEn: "The local development plan, public information and satisfaction surveys.",
  },
];
