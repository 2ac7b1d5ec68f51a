import type { DivisionCode } from "@/lib/services/divisions";

/**
 * The OIT items (indicators 9 "disclosure" and 10 "corruption prevention") the seed adds
 * for fiscal years 2569 and 2570. Titles follow the local-government lists of recent years
 * (../shared/reference/next-loops.md); the exact wording and numbering for 2569/2570 are
 * unconfirmed, which is why they are data the ADMIN edits (/staff/admin/ita), never code.
 * `numbers` holds the item's number per year: the list is renumbered every year.
 */
export type OitSeedItem = {
  key: string;
  numbers: { 2569: number; 2570: number };
  division: DivisionCode;
  source: "live" | "evidence";
  titleTh: string;
  titleEn: string;
  checksTh: string;
  checksEn: string;
};

const item = (
  key: string,
  n2569: number,
  n2570: number,
  division: DivisionCode,
  source: "live" | "evidence",
  titleTh: string,
  titleEn: string,
  checksTh: string,
  checksEn: string,
): OitSeedItem => ({ key, numbers: { 2569: n2569, 2570: n2570 }, division, source, titleTh, titleEn, checksTh, checksEn });

export const OIT_ITEMS: readonly OitSeedItem[] = [
  item("basic-information", 1, 1, "PALAD", "evidence", "ข้อมูลพื้นฐาน (โครงสร้าง ผู้บริหาร อำนาจหน้าที่ ช่องทางติดต่อ)", "Basic information (structure, executives, duties, contacts)", "โครงสร้าง ข้อมูลผู้บริหาร อำนาจหน้าที่ ที่อยู่ หมายเลขโทรศัพท์ และอีเมลของหน่วยงาน", "The organisation chart, the executives, the agency's duties, its address, telephone and email"),
  item("news", 2, 2, "PALAD", "evidence", "ข่าวประชาสัมพันธ์", "Public relations news", "ข่าวประชาสัมพันธ์ที่เกี่ยวกับการดำเนินงานของหน่วยงานในปีงบประมาณ", "News about the agency's work during the fiscal year"),
  item("interaction", 3, 3, "PALAD", "evidence", "การปฏิสัมพันธ์ข้อมูล (Q&A และช่องทางสื่อสังคม)", "Two-way communication (Q&A and social media)", "ช่องทางที่ประชาชนถามและได้รับคำตอบ และช่องทางสื่อสังคมออนไลน์ของหน่วยงาน", "A channel where residents ask and get answers, and the agency's social media"),
  item("operation-plan", 4, 4, "STRATEGY", "evidence", "แผนดำเนินงานและการใช้งบประมาณประจำปี", "Annual operation and budget plan", "แผนที่มีโครงการหรือกิจกรรม งบประมาณ และระยะเวลาดำเนินการ ของปีงบประมาณที่ประเมิน", "A plan with projects or activities, budget and timetable for the assessed fiscal year"),
  item("operation-report", 5, 5, "STRATEGY", "evidence", "รายงานการกำกับติดตามการดำเนินงานและการใช้งบประมาณ รอบ 6 เดือน", "Six-month report on the plan's progress and spending", "ความก้าวหน้าของโครงการ งบประมาณที่ใช้ และปัญหาอุปสรรค ตั้งแต่ 1 ตุลาคม ถึง 31 มีนาคม", "Progress, money spent and obstacles from 1 October to 31 March"),
  item("annual-report", 6, 6, "STRATEGY", "evidence", "รายงานผลการดำเนินงานประจำปี", "Annual performance report", "ผลการดำเนินงานและการใช้งบประมาณของปีงบประมาณที่ผ่านมา", "Results and spending of the past fiscal year"),
  item("service-manual", 7, 7, "PALAD", "live", "คู่มือหรือมาตรฐานการให้บริการ", "Service manuals and standards", "คู่มือสำหรับประชาชนของงานบริการ: ขั้นตอน ระยะเวลา เอกสาร ค่าธรรมเนียม", "The public manual of each service: steps, time, documents, fees"),
  item("service-statistics", 8, 8, "STRATEGY", "live", "ข้อมูลเชิงสถิติการให้บริการ", "Service statistics", "สถิติการให้บริการของปีงบประมาณที่ผ่านมา อย่างน้อย 3 งานบริการ", "Service statistics for the past fiscal year, at least 3 services"),
  item("satisfaction", 9, 9, "STRATEGY", "live", "รายงานผลการสำรวจความพึงพอใจการให้บริการ", "Service satisfaction survey results", "ผลการสำรวจความพึงพอใจของผู้รับบริการของปีงบประมาณที่ผ่านมา", "The satisfaction survey's results for the past fiscal year"),
  item("e-service", 10, 14, "STRATEGY", "live", "E-Service", "E-Service", "ช่องทางออนไลน์ให้บริการข้อมูลหรือธุรกรรม เชื่อมจากเว็บไซต์หลัก พร้อมคู่มือและสถิติการใช้งาน", "An online channel for information or transactions, linked from the main site, with a user manual and usage statistics"),
  item("budget-plan", 11, 10, "FINANCE", "evidence", "แผนการใช้จ่ายงบประมาณประจำปี", "Annual spending plan", "แผนการใช้จ่ายงบประมาณของปีงบประมาณที่ประเมิน", "The spending plan of the assessed fiscal year"),
  item("budget-report", 12, 11, "FINANCE", "evidence", "รายงานการกำกับติดตามการใช้จ่ายงบประมาณ รอบ 6 เดือน", "Six-month spending report", "ความก้าวหน้าการใช้จ่ายงบประมาณ ตั้งแต่ 1 ตุลาคม ถึง 31 มีนาคม", "Spending progress from 1 October to 31 March"),
  item("procurement-plan", 13, 12, "FINANCE", "evidence", "แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ", "Procurement plan", "แผนการจัดซื้อจัดจ้างของปีงบประมาณที่ประเมิน", "The procurement plan of the assessed fiscal year"),
  item("procurement-announcements", 14, 13, "FINANCE", "evidence", "ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง", "Procurement announcements", "ประกาศเชิญชวนและประกาศผู้ชนะการเสนอราคาในปีงบประมาณ", "Invitations to bid and announcements of the winners during the fiscal year"),
  item("procurement-summary", 15, 15, "FINANCE", "evidence", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", "Monthly procurement summary", "สรุปผลการจัดซื้อจัดจ้างแต่ละเดือน (แบบ สขร.1)", "Each month's procurement summary (form SKhR.1)"),
  item("procurement-report", 16, 16, "FINANCE", "evidence", "รายงานผลการจัดซื้อจัดจ้างประจำปี", "Annual procurement report", "ผลการจัดซื้อจัดจ้างของปีงบประมาณที่ผ่านมา พร้อมปัญหาและแนวทางปรับปรุง", "The past fiscal year's procurement, with problems and improvements"),
  item("hr-policy", 17, 17, "PALAD", "evidence", "นโยบายการบริหารทรัพยากรบุคคล", "Human-resources policy", "นโยบายการบริหารทรัพยากรบุคคลที่ผู้บริหารให้ไว้", "The HR policy set by the executives"),
  item("hr-actions", 18, 18, "PALAD", "evidence", "การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล", "HR policy in action", "การดำเนินการตามนโยบายในปีงบประมาณ", "What was done under the policy during the fiscal year"),
  item("hr-criteria", 19, 19, "PALAD", "evidence", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", "HR management and development criteria", "หลักเกณฑ์การสรรหา การแต่งตั้ง การพัฒนา การประเมินผล และการให้คุณให้โทษ", "Criteria for recruitment, appointment, development, evaluation, rewards and discipline"),
  item("hr-report", 20, 20, "PALAD", "evidence", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี", "Annual HR report", "ผลการบริหารและพัฒนาทรัพยากรบุคคลของปีงบประมาณที่ผ่านมา", "HR results of the past fiscal year"),
  item("corruption-guideline", 21, 21, "PALAD", "live", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "Guideline for corruption complaints", "วิธีการร้องเรียน ขั้นตอนการจัดการ หน่วยงานที่รับผิดชอบ และระยะเวลา", "How an outsider files, the handling steps, the responsible unit and the time frame"),
  item("corruption-channel", 22, 22, "PALAD", "live", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "Corruption-complaint channel", "ช่องทางออนไลน์ที่แยกจากเรื่องร้องเรียนทั่วไป และช่องทางของ ป.ป.ช. และ ป.ป.ท.", "An online channel separate from general complaints, and links to the NACC and PACC"),
  item("corruption-statistics", 23, 23, "PALAD", "live", "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "Corruption-complaint statistics", "จำนวนเรื่อง ดำเนินการแล้วเสร็จ และอยู่ระหว่างดำเนินการ อย่างน้อย 6 เดือนแรกของปีงบประมาณ", "Total, completed and in progress, at least the first 6 months of the fiscal year"),
  item("complaint-channel", 24, 24, "PALAD", "live", "ช่องทางรับเรื่องร้องเรียนทั่วไปและสถิติ", "General complaints: channel and statistics", "คู่มือการดำเนินการเรื่องร้องเรียน ช่องทางร้องเรียน และสถิติเรื่องร้องเรียน", "The complaint-handling guideline, the channels and the complaint statistics"),
  item("participation", 25, 25, "STRATEGY", "evidence", "การเปิดโอกาสให้เกิดการมีส่วนร่วม", "Public participation", "การเปิดโอกาสให้ประชาชนมีส่วนร่วมในการวางแผนหรือดำเนินงานของหน่วยงาน", "How residents took part in planning or carrying out the agency's work"),
  item("integrity-intent", 26, 26, "PALAD", "evidence", "เจตจำนงสุจริตของผู้บริหาร", "The executives' declaration of integrity", "ประกาศเจตจำนงสุจริตของผู้บริหารสูงสุดในปีงบประมาณ", "The chief executive's declaration of integrity for the fiscal year"),
  item("risk-assessment", 27, 27, "STRATEGY", "evidence", "การประเมินความเสี่ยงการทุจริตและประพฤติมิชอบ", "Corruption risk assessment", "ผลการประเมินความเสี่ยงและมาตรการจัดการความเสี่ยง", "The risk assessment and the measures taken"),
  item("integrity-culture", 28, 28, "PALAD", "evidence", "การเสริมสร้างวัฒนธรรมองค์กร", "Building an integrity culture", "กิจกรรมที่ส่งเสริมให้เจ้าหน้าที่ไม่ทนต่อการทุจริต", "Activities that make staff intolerant of corruption"),
  item("anti-corruption-plan", 29, 29, "STRATEGY", "evidence", "แผนปฏิบัติการป้องกันการทุจริต", "Corruption-prevention action plan", "แผนปฏิบัติการป้องกันการทุจริตของปีงบประมาณ", "The fiscal year's corruption-prevention action plan"),
  item("anti-corruption-report", 30, 30, "STRATEGY", "evidence", "รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต รอบ 6 เดือน", "Six-month corruption-prevention report", "ความก้าวหน้าของแผนป้องกันการทุจริต ตั้งแต่ 1 ตุลาคม ถึง 31 มีนาคม", "Progress of the prevention plan from 1 October to 31 March"),
  item("ita-measures", 31, 31, "STRATEGY", "evidence", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "Measures to improve integrity and transparency", "การวิเคราะห์ผลการประเมิน ITA ปีที่ผ่านมา และมาตรการปรับปรุง", "The analysis of last year's ITA results and the measures taken"),
  item("ita-measures-report", 32, 32, "STRATEGY", "evidence", "การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส", "The measures in action", "ผลการดำเนินการตามมาตรการ", "What was done under the measures"),
];

export const SEEDED_YEARS = [2569, 2570] as const;
