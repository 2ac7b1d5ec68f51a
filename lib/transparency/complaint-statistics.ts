import { holidayCalendar } from "@/lib/calendar/holiday-calendar";
import { db } from "@/lib/db/client";
import { complaintFigures, type ComplaintFigures } from "./complaint-figures";
import { freshCache } from "./fresh-cache";

type Names = { th: string; en: string };

export type ComplaintStatistics = {
  fiscalYear: number;
  asOf: Date;
  /** The topics of the complaint forms, in the forms' order, then any others found ("other" last). */
  topics: { value: string; name: Names }[];
  cells: Map<string, ComplaintFigures>;
};

const OTHER: Names = { th: "อื่น ๆ หรือไม่ระบุ", en: "Other or not given" };

/**
 * Only the topic is read from a complaint's answers (the form's choice, not the complainant's
 * words); the rest of the answers are dropped as soon as they are parsed.
 */
function topicOf(answers: string): string {
  try {
    const topic = (JSON.parse(answers) as { topic?: unknown }).topic;
    return typeof topic === "string" && /^[a-z_]{1,40}$/.test(topic) ? topic : "other";
  } catch {
    return "other";
  }
}

export async function computeComplaintStatistics(fiscalYear: number, now: Date): Promise<ComplaintStatistics> {
  const [rows, holidays, services] = await Promise.all([
    db.request.findMany({
      where: { fiscalYear, kind: "complaint" },
      select: { answers: true, status: true, createdAt: true, acceptedAt: true, completedAt: true, acknowledgeBy: true, mergedIntoId: true },
    }),
    holidayCalendar(),
    db.service.findMany({ where: { kind: "complaint" }, orderBy: { sortOrder: "asc" }, select: { form: true } }),
  ]);
  const cells = complaintFigures(
    rows.map(({ answers, ...row }) => ({ ...row, topic: topicOf(answers) })),
    fiscalYear,
    holidays,
  );
  const topics = new Map<string, Names>();
  for (const service of services) {
    const fields = (JSON.parse(service.form) as { fields?: { key: string; choices?: { value: string; label: Names }[] }[] }).fields ?? [];
    for (const choice of fields.find((f) => f.key === "topic")?.choices ?? []) if (!topics.has(choice.value)) topics.set(choice.value, choice.label);
  }
  const found = [...cells.keys()].map((key) => key.split("|")[0]!).filter((t) => t !== "all" && t !== "other" && !topics.has(t));
  for (const topic of new Set(found)) topics.set(topic, { th: topic, en: topic });
  topics.delete("other");
  topics.set("other", OTHER);
  return { fiscalYear, asOf: now, topics: [...topics].map(([value, name]) => ({ value, name })), cells };
}

export const complaintCache = freshCache("complaint-statistics", computeComplaintStatistics);
export const complaintStatistics = (fiscalYear: number, now = new Date()) => complaintCache.get(fiscalYear, now);
