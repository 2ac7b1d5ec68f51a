import type { CsvValue } from "@/lib/csv/csv";
import { REPORT_OUTCOMES } from "@/lib/integrity/content";
import { SURVEY_DIMENSIONS } from "@/lib/survey/questions";
import { complaintStatistics } from "./complaint-statistics";
import { COMPLAINT_OUTCOMES } from "./complaint-figures";
import { integrityStatistics } from "./integrity-statistics";
import { CHANNELS } from "./period-figures";
import { figuresAt, periodStatistics } from "./period-statistics";
import { fiscalYearMonths, HALVES, QUARTERS } from "./periods";
import { satisfactionStatistics } from "./satisfaction-statistics";

/**
 * The open-data tables beside /statistics (service-statistics itself is in open-data.ts):
 * each a dictionary of its columns and the rows of one fiscal year, built from the same
 * cached figures as the pages, so a file and its page always agree.
 */
export type Column = { column: string; th: string; en: string };
export type Dataset = { dictionary: readonly Column[]; load(year: number): Promise<{ asOf: Date; rows: Record<string, CsvValue>[] }> };

const col = (column: string, th: string, en: string): Column => ({ column, th, en });
const YEAR = col("fiscal_year", "ปีงบประมาณ (พ.ศ.)", "Fiscal year (Buddhist era; 1 October to 30 September)");
const PERIOD = col("period", "ช่วงเวลา: year ทั้งปี, H1/H2 ครึ่งปี, Q1-Q4 ไตรมาส (Q1 = ต.ค.-ธ.ค.), YYYY-MM เดือน", "Period: year, H1/H2 half-year, Q1-Q4 quarter (Q1 = October-December), or a month YYYY-MM");
const LEVEL = col("level", "ระดับ: municipality ทั้งเทศบาล, division กอง, service บริการ", "Level: municipality, division or service");
const SUPPRESSED = "suppressed";

const serviceMonthly: Dataset = {
  dictionary: [
    YEAR, PERIOD, LEVEL,
    col("division_code", "รหัสกอง", "Division code"),
    col("division_name", "ชื่อกอง", "Division name (Thai)"),
    col("service_code", "รหัสบริการ", "Service code"),
    col("service_name", "ชื่อบริการ", "Service name (Thai)"),
    col("received", "คำขอที่ได้รับในช่วงเวลานี้", "Requests received in the period"),
    ...CHANNELS.map((c) => col(`received_${c}`, `ได้รับทางช่องทาง ${c}`, `Received through the ${c} channel`)),
    col("completed", "ในจำนวนนี้ ดำเนินการแล้วเสร็จ", "Of these, completed"),
    col("rejected", "ในจำนวนนี้ ไม่อนุมัติหรือยุติเรื่อง", "Of these, refused or closed without approval"),
    col("closed_on_time", "ในจำนวนนี้ แจ้งผลภายในระยะเวลาตามกฎหมาย", "Of these, result given within the legal time (the due date moves with time waiting for the applicant)"),
    col("median_working_days", "ค่ามัธยฐานของจำนวนวันทำการ", "Median working days from receipt to result, as the legal clock counts them"),
    col("open_now", "ในจำนวนนี้ ยังอยู่ระหว่างดำเนินการ", "Of these, open now"),
  ],
  async load(year) {
    const s = await periodStatistics(year);
    const groups = [
      { level: "municipality", key: "all", division: null, service: null },
      ...s.divisions.flatMap((d) => [{ level: "division", key: d.key, division: d, service: null }, ...d.services.map((sv) => ({ level: "service", key: sv.key, division: d, service: sv }))]),
    ];
    const rows = groups.flatMap((g) =>
      [...QUARTERS, ...fiscalYearMonths(year)].map((period) => {
        const f = figuresAt(s, g.key, period);
        return {
          fiscal_year: year, period, level: g.level,
          division_code: g.division?.code ?? "", division_name: g.division?.name.th ?? "",
          service_code: g.service?.code ?? "", service_name: g.service?.name.th ?? "",
          received: f.received, ...Object.fromEntries(CHANNELS.map((c) => [`received_${c}`, f.byChannel[c]])),
          completed: f.completed, rejected: f.rejected, closed_on_time: f.onTime, median_working_days: f.medianWorkingDays, open_now: f.openNow,
        };
      }),
    );
    return { asOf: s.asOf, rows };
  },
};

const eServiceUsage: Dataset = {
  dictionary: [
    YEAR, col("month", "เดือน (YYYY-MM)", "Month (YYYY-MM, Asia/Bangkok)"), LEVEL,
    col("service_code", "รหัสบริการ", "Service code (empty for the whole municipality)"),
    col("service_name", "ชื่อบริการ", "Service name (Thai)"),
    col("online", "ยื่นทางออนไลน์ (E-Service)", "Filed online (e-service)"),
    col("kiosk", "ยื่นที่ตู้บริการ", "Filed at the kiosk"),
    col("counter", "ยื่นที่เคาน์เตอร์", "Filed at the counter"),
    col("open311", "ยื่นผ่านระบบอื่น (Open311)", "Filed by other systems (Open311)"),
    col("total", "รวม", "Total"),
  ],
  async load(year) {
    const s = await periodStatistics(year);
    const groups = [{ level: "municipality", key: "all", service: null }, ...s.divisions.flatMap((d) => d.services.map((sv) => ({ level: "service", key: sv.key, service: sv })))];
    const rows = groups.flatMap((g) =>
      fiscalYearMonths(year).map((month) => {
        const f = figuresAt(s, g.key, month);
        return { fiscal_year: year, month, level: g.level, service_code: g.service?.code ?? "", service_name: g.service?.name.th ?? "", ...f.byChannel, total: f.received };
      }),
    );
    return { asOf: s.asOf, rows };
  },
};

const satisfaction: Dataset = {
  dictionary: [
    YEAR, LEVEL,
    col("division_code", "รหัสกอง", "Division code"),
    col("service_code", "รหัสบริการ", "Service code"),
    col("service_name", "ชื่อบริการหรือกอง", "Service or division name (Thai)"),
    col("responses", `จำนวนผู้ตอบ (${SUPPRESSED} = น้อยกว่า 5 คน หรือปิดไว้เพื่อไม่ให้คำนวณกลุ่มเล็กได้)`, `Responses (${SUPPRESSED}: fewer than 5, or hidden so a smaller group cannot be worked out)`),
    col("dimension", "ด้านที่ประเมิน", `Aspect rated: ${SURVEY_DIMENSIONS.join(", ")}`),
    col("mean", "ค่าเฉลี่ย (1-5)", "Mean rating (1-5)"),
    ...[1, 2, 3, 4, 5].map((r) => col(`rating_${r}`, `จำนวนผู้ให้คะแนน ${r}`, `Responses rating ${r}`)),
  ],
  async load(year) {
    const s = await satisfactionStatistics(year);
    const rows = s.groups.flatMap((g): Record<string, CsvValue>[] => {
      const base = { fiscal_year: year, level: g.level, division_code: g.divisionCode, service_code: g.serviceCode, service_name: g.service?.th ?? g.division?.th ?? "เทศบาลตำบลก้อ" };
      const f = g.figures;
      if (!f.shown) return [{ ...base, responses: SUPPRESSED, dimension: "", mean: null, rating_1: null, rating_2: null, rating_3: null, rating_4: null, rating_5: null }];
      return SURVEY_DIMENSIONS.map((d) => ({ ...base, responses: f.count, dimension: d, mean: f.means[d], ...Object.fromEntries(f.distribution[d].map((n, i) => [`rating_${i + 1}`, n])) }));
    });
    return { asOf: s.asOf, rows };
  },
};

const complaints: Dataset = {
  dictionary: [
    YEAR, PERIOD,
    col("topic_code", "รหัสเรื่องที่ร้องเรียน (all = ทุกเรื่อง)", "Topic code (all: every topic)"),
    col("topic_name", "เรื่องที่ร้องเรียน", "Topic (Thai)"),
    col("received", "เรื่องที่ได้รับ", "Complaints received in the period"),
    col("answered", "ตอบผลแล้ว", "Answered"),
    col("rejected", "ไม่รับหรือยุติเรื่อง", "Not taken up or closed"),
    col("duplicate", "รวมกับเรื่องเดียวกันที่แจ้งไว้แล้ว", "Merged into an earlier complaint about the same thing"),
    col("open", "อยู่ระหว่างดำเนินการ", "Open now"),
    col("responded", "ได้ตอบรับเรื่องแล้ว", "With a first response (acknowledgement) so far"),
    col("responded_on_time", "ตอบรับภายในกำหนด", "First response by the acknowledgement day"),
    col("median_working_days_to_first_response", "ค่ามัธยฐานวันทำการถึงการตอบรับครั้งแรก", "Median working days from receipt to the first response"),
  ],
  async load(year) {
    const s = await complaintStatistics(year);
    const topics = [{ value: "all", name: { th: "ทุกเรื่อง", en: "All topics" } }, ...s.topics];
    const rows = topics.flatMap((topic) =>
      ["year", ...QUARTERS].flatMap((period) => {
        const f = s.cells.get(`${topic.value}|${period}`);
        if (!f && topic.value !== "all") return [];
        return [{
          fiscal_year: year, period, topic_code: topic.value, topic_name: topic.name.th, received: f?.received ?? 0,
          ...Object.fromEntries(COMPLAINT_OUTCOMES.map((o) => [o, f?.outcomes[o] ?? 0])),
          responded: f?.responded ?? 0, responded_on_time: f?.respondedOnTime ?? 0, median_working_days_to_first_response: f?.medianDaysToResponse ?? null,
        }];
      }),
    );
    return { asOf: s.asOf, rows };
  },
};

const integrity: Dataset = {
  dictionary: [
    YEAR, PERIOD,
    col("received", "เรื่องร้องเรียนการทุจริตที่ได้รับ", "Corruption reports received in the period"),
    col("completed", "ดำเนินการแล้วเสร็จ", "Of these, completed (closed)"),
    col("in_progress", "อยู่ระหว่างดำเนินการ", "Of these, in progress"),
    col("responded", "ได้ตอบสนองแล้ว", "Of these, with a first response from a recipient"),
    col("median_working_days_to_first_response", "ค่ามัธยฐานวันทำการถึงการตอบสนองครั้งแรก", "Median working days from receipt to the first response"),
    ...REPORT_OUTCOMES.map((o) => col(`outcome_${o}`, `ผลการพิจารณา ${o} (เฉพาะทั้งปี; ${SUPPRESSED} = น้อยกว่า 3 เรื่อง)`, `Outcome ${o} (whole year only; ${SUPPRESSED}: fewer than 3 reports, or would reveal such a cell)`)),
  ],
  async load(year) {
    const s = await integrityStatistics(year);
    const rows = ["year", ...HALVES, ...QUARTERS].map((period) => {
      const f = s.periods.get(period)!;
      return {
        fiscal_year: year, period, received: f.received, completed: f.completed, in_progress: f.inProgress, responded: f.responded, median_working_days_to_first_response: f.medianDaysToResponse,
        ...Object.fromEntries(REPORT_OUTCOMES.map((o) => { const c = s.outcomes[o]; return [`outcome_${o}`, period !== "year" ? null : c.shown ? c.count : SUPPRESSED]; })),
      };
    });
    return { asOf: s.asOf, rows };
  },
};

export const DATASETS: Record<string, Dataset> = {
  "service-statistics-monthly": serviceMonthly,
  satisfaction,
  "complaint-statistics": complaints,
  "integrity-statistics": integrity,
  "e-service-usage": eServiceUsage,
};
