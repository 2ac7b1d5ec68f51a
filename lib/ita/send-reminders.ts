import { bangkokDate } from "@/lib/calendar/dates";
import { fiscalYearOf } from "@/lib/calendar/fiscal-year";
import { db } from "@/lib/db/client";
import { mailQueued } from "@/lib/mail/kick";
import { recipientContext } from "@/lib/mail/outbox";
import { mailSettings, type MailSettings } from "@/lib/mail/settings";
import { seal } from "@/lib/security/data-key";
import { summarise } from "./completeness";
import { readReminderAddress } from "./contact";
import { daysBetween } from "./days";
import { decideReminders, reminderId } from "./reminders";
import { composeReminderMail } from "./reminder-mail";

/**
 * The scheduler's job (server/scheduler.ts, hourly): for the current and next fiscal year
 * with a deadline, queue each HEAD's reminder that decideReminders() says is due. The
 * ItaReminder row and the mail are written in one transaction, and the row's primary key
 * makes a second run (or a second process) queue nothing: never twice per threshold.
 * A HEAD who gave no address yet is skipped: the reminder goes once they give one.
 */
export async function sendItaReminders(now: Date, options: { settings?: MailSettings } = {}): Promise<number> {
  const settings = options.settings ?? safeSettings();
  if (!settings.enabled) return 0;
  const today = bangkokDate(now);
  const years = await db.itaYear.findMany({ where: { deadline: { gte: today }, fiscalYear: { in: [fiscalYearOf(today), fiscalYearOf(today) + 1] } } });
  let queued = 0;
  for (const year of years) {
    const items = await db.itaItem.findMany({
      where: { fiscalYear: year.fiscalYear },
      orderBy: { number: "asc" },
      include: { division: true, _count: { select: { evidence: { where: { removedAt: null } } } } },
    });
    const summary = summarise(items.map((i) => ({ key: i.key, source: i.source, divisionId: i.divisionId, evidenceCount: i._count.evidence })), year.fiscalYear);
    const heads = await db.staffDivision.findMany({ where: { staffUser: { role: "HEAD", active: true } }, select: { divisionId: true, staffUserId: true } });
    const headsByDivision = new Map<number, number[]>();
    for (const h of heads) headsByDivision.set(h.divisionId, [...(headsByDivision.get(h.divisionId) ?? []), h.staffUserId]);
    const sent = await db.itaReminder.findMany({ where: { fiscalYear: year.fiscalYear } });
    const decisions = decideReminders({
      today,
      deadline: year.deadline,
      missingByDivision: summary.missingByDivision,
      headsByDivision,
      alreadySent: new Set(sent.map((s) => reminderId(s.divisionId, s.staffUserId, s.threshold))),
    });
    for (const decision of decisions) {
      const email = await readReminderAddress(decision.staffUserId);
      if (!email) continue;
      const missing = items.filter((i) => i.divisionId === decision.divisionId && decision.keys.includes(i.key));
      const division = missing[0]!.division;
      const mail = composeReminderMail({
        fiscalYear: year.fiscalYear,
        deadline: year.deadline!,
        daysLeft: daysBetween(today, year.deadline!),
        division: { th: division.nameTh, en: division.nameEn },
        items: missing.map((i) => ({ number: i.number, th: i.titleTh, en: i.titleEn })),
        publicUrl: settings.publicUrl,
      });
      try {
        await db.$transaction([
          db.itaReminder.create({ data: { fiscalYear: year.fiscalYear, divisionId: decision.divisionId, staffUserId: decision.staffUserId, threshold: decision.threshold, queuedAt: now } }),
          // requestId null: the outbox seals such a recipient under request 0 (lib/mail/deliver.ts).
          db.mailMessage.create({ data: { recipient: seal(email, recipientContext(0)), ...mail, nextAttemptAt: now, createdAt: now } }),
        ]);
        queued++;
      } catch (error) {
        // Another run queued this one first (the primary key): nothing to do.
        if (!(error instanceof Error && "code" in error && (error as { code?: string }).code === "P2002")) throw error;
      }
    }
  }
  if (queued > 0) mailQueued();
  return queued;
}

function safeSettings(): MailSettings {
  try {
    return mailSettings();
  } catch {
    return { enabled: false };
  }
}
