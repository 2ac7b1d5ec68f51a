import { describe, expect, it } from "vitest";
import { deadlinesOf, unreadReportIds, type LogEvent } from "./inbox-rules";

const limits = { retentionDays: 90, responseDays: 15, concludeDays: 90 };
const DAY = 24 * 60 * 60 * 1000;
const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1) + minutes * 60_000);
const ev = (reportId: string, actor: string, action: string, minutes: number, recipientId: number | null = null): LogEvent => ({ reportId, actor, action, recipientId, at: at(minutes) });

describe("unreadReportIds", () => {
  it("marks a report unread until this recipient opens it, and again after the reporter answers", () => {
    const events = [
      ev("a", "reporter", "submitted", 0),
      ev("b", "reporter", "submitted", 1),
      ev("a", "recipient", "recipient_opened", 2, 7),
      ev("b", "recipient", "recipient_opened", 3, 8), // another recipient's reading counts for them only
      ev("c", "reporter", "submitted", 4),
      ev("c", "recipient", "recipient_opened", 5, 7),
      ev("c", "reporter", "reporter_replied", 6),
      ev("a", "reporter", "reporter_opened", 7), // the reporter only looking is nothing new
    ];
    expect([...unreadReportIds(events, 7)].sort()).toEqual(["b", "c"]);
  });
});

describe("deadlinesOf", () => {
  const created = at(0);
  it("gives a first-answer date while new and flags it overdue after", () => {
    const d = deadlinesOf({ status: "new", createdAt: created, expiresAt: null }, limits, new Date(created.getTime() + 16 * DAY));
    expect(d.responseDue).toEqual(new Date(created.getTime() + 15 * DAY));
    expect(d.overdue).toBe(true);
    expect(deadlinesOf({ status: "in_review", createdAt: created, expiresAt: null }, limits, new Date(created.getTime() + 16 * DAY))).toMatchObject({ responseDue: null, overdue: false });
  });
  it("warns of an expiry two weeks ahead, and drops the clock once closed", () => {
    const now = new Date(created.getTime() + 100 * DAY);
    const soon = deadlinesOf({ status: "closed", createdAt: created, expiresAt: new Date(now.getTime() + 10 * DAY) }, limits, now);
    expect(soon).toMatchObject({ concludeDue: null, overdue: false, expiringSoon: true });
    expect(deadlinesOf({ status: "closed", createdAt: created, expiresAt: new Date(now.getTime() + 30 * DAY) }, limits, now).expiringSoon).toBe(false);
  });
});
