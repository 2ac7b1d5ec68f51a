import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/localized";
import type { TimelineEntry } from "@/lib/requests/workflow/get-request-detail";
import { formatDateTime } from "./format";

const KNOWN = ["filed", "accepted", "defects_recorded", "resumed", "transferred", "note", "message", "overdue_notice", "completed", "rejected", "documents_uploaded"];

/** Every event, public and internal, oldest first; each says whether the resident sees it. */
export async function Timeline({ entries, locale }: { entries: TimelineEntry[]; locale: Locale }) {
  const t = await getTranslations("workflow.timeline");
  return (
    <section aria-labelledby="wf-timeline-heading">
      <h2 id="wf-timeline-heading">{t("heading")}</h2>
      <ol className="wf-timeline">
        {entries.map((entry) => {
          const reason = typeof entry.detail.reason === "string" && entry.type === "transferred" ? entry.detail.reason : null;
          const repeat = entry.type === "defects_recorded" && entry.detail.confirmedRepeat === true ? Number(entry.detail.requestNumber) : null;
          return (
            <li key={entry.id} className={`wf-event wf-event--${entry.public ? "public" : "internal"} wf-event--${entry.type}`}>
              <div className="wf-event__head">
                <strong>{t(`type.${KNOWN.includes(entry.type) ? entry.type : "other"}`)}</strong>
                <span className={`wf-badge wf-badge--${entry.public ? "public" : "internal"}`}>{entry.public ? t("public") : t("internal")}</span>
              </div>
              <div className="wf-event__meta">
                <time dateTime={entry.at.toISOString()}>{formatDateTime(entry.at, locale)}</time>
                {" · "}
                {entry.actor ?? t("system")}
              </div>
              <p className="wf-event__message">{entry.message[locale]}</p>
              {reason ? <p className="wf-event__detail">{t("reason", { reason })}</p> : null}
              {repeat ? <p className="wf-event__detail wf-event__detail--warning">{t("repeatDefects", { count: repeat })}</p> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
