import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/localized";
import type { RequestDetail } from "@/lib/requests/workflow/get-request-detail";
import { formatDate } from "./format";

/** The legal clock at a glance: due date, days left or overdue, or paused. */
export async function ClockSummary({ detail, locale }: { detail: RequestDetail; locale: Locale }) {
  const t = await getTranslations("workflow.clock");
  const { clock } = detail;
  const closed = detail.status === "done" || detail.status === "rejected";
  const tone = clock.overdue ? "overdue" : clock.paused ? "paused" : closed ? "closed" : "running";
  const line = closed
    ? t("closed")
    : clock.overdue
      ? t("overdue", { days: clock.daysOverdue })
      : clock.paused
        ? t("paused", { date: formatDate(clock.pausedSince!, locale) })
        : t("daysLeft", { days: clock.workingDaysLeft });
  const notices = t("notices", { count: clock.overdueNotices });
  // One pause summary (lib/requests/clock.ts pauseSummary): never "paused since" beside "never paused".
  const pause =
    clock.pause.kind === "never"
      ? t("pausedNever")
      : clock.pause.kind === "paused"
        ? t("pausedSoFar", { days: clock.pause.workingDays })
        : t("pausedResumed", { days: clock.pause.workingDays });

  return (
    <section className={`wf-clock wf-clock--${tone}`} aria-labelledby="wf-clock-heading" data-testid="clock">
      <h2 id="wf-clock-heading">{t("heading")}</h2>
      <p className="wf-clock__due">
        {t("due")}: <strong>{formatDate(clock.dueDate, locale)}</strong>
      </p>
      <p className="wf-clock__state">{line}</p>
      {detail.complaint?.acknowledgeBy ? (
        <p className={detail.complaint.acknowledgeOverdue ? "wf-clock__state wf-warning" : "wf-clock__state"} data-testid="clock-acknowledge">
          {detail.complaint.acknowledgeOverdue
            ? t("acknowledgeOverdue", { date: formatDate(detail.complaint.acknowledgeBy, locale) })
            : t("acknowledgeBy", { date: formatDate(detail.complaint.acknowledgeBy, locale) })}
        </p>
      ) : null}
      {detail.complaint?.mergedInto ? (
        <p className="wf-clock__state" data-testid="merged-into">
          {t("mergedInto")}{" "}
          <Link href={`/staff/requests/${detail.complaint.mergedInto}`}>{detail.complaint.mergedInto}</Link>
        </p>
      ) : null}
      {detail.complaint?.merged.length ? (
        <div data-testid="merged-here">
          <p className="wf-clock__state">{t("mergedHere")}</p>
          <ul>
            {detail.complaint.merged.map((reference) => (
              <li key={reference}>
                <Link href={`/staff/requests/${reference}`}>{reference}</Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <ul className="wf-clock__facts">
        <li>{t("serviceDays", { days: detail.service.workingDays })}</li>
        <li data-testid="clock-pause">{pause}</li>
        <li>{t("defectRequests", { count: clock.defectRequests })}</li>
        {notices ? <li>{notices}</li> : null}
      </ul>
    </section>
  );
}
