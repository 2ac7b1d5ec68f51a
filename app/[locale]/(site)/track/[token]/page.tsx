import "../../e-service/e-service.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SurveyInvitation } from "@/app/_components/survey-invitation";
import type { Locale } from "@/lib/i18n/localized";
import { formatCalendarDate } from "@/lib/i18n/format-date";
import { getTracking } from "@/lib/requests/get-tracking";
import { DefectUpload } from "./_components/defect-upload";

// Always current, never cached by a browser or proxy, never indexed.
export const dynamic = "force-dynamic";

// Events an officer or the legal clock wrote for the resident: labelled, so a message reads as one.
const LABELLED = new Set(["message", "overdue_notice"]);

const UPLOAD_TEXTS = ["uploadHeading", "uploadHelp", "uploadLabel", "uploadButton", "uploadSending", "uploadSent"] as const;

type Props = { params: Promise<{ locale: Locale; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "track" });
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** The page the receipt's QR code opens: where the request is, without personal data. */
export default async function TrackingPage({ params }: Props) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const view = await getTracking(token);
  if (!view) notFound();
  const t = await getTranslations("track");
  const workflow = await getTranslations("workflow");
  const date = new Intl.DateTimeFormat(locale === "th" ? "th-TH-u-ca-buddhist" : "en-GB", { dateStyle: "long", timeZone: "Asia/Bangkok" });
  const dateTime = new Intl.DateTimeFormat(locale === "th" ? "th-TH-u-ca-buddhist" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Asia/Bangkok",
  });
  const closed = view.status === "done" || view.status === "rejected";

  return (
    <article className="tracking narrow">
      <p className="manual__kicker">{t("kicker")}</p>
      <h1>{view.service[locale]}</h1>
      <p className={`status status--${view.status}`} role="status">
        {t(`status_${view.status}`)}
      </p>
      <dl className="facts">
        <div>
          <dt>{t("reference")}</dt>
          <dd>{view.reference}</dd>
        </div>
        <div>
          <dt>{t("applicant")}</dt>
          <dd>{view.maskedName[locale]}</dd>
        </div>
        <div>
          <dt>{t("division")}</dt>
          <dd>{view.division[locale]}</dd>
        </div>
        <div>
          <dt>{closed ? t("filedOn") : t("expected")}</dt>
          <dd>{closed ? date.format(view.filedAt) : date.format(new Date(`${view.dueDate}T12:00:00+07:00`))}</dd>
        </div>
        {view.acknowledgeBy ? (
          <div>
            <dt>{t("acknowledgeBy")}</dt>
            <dd data-testid="acknowledge-by">{date.format(new Date(`${view.acknowledgeBy}T12:00:00+07:00`))}</dd>
          </div>
        ) : null}
      </dl>
      {view.defects ? (
        <section aria-labelledby="track-defects-heading" className="track-defects">
          <h2 id="track-defects-heading">{t("defectsHeading")}</h2>
          <ol>
            {view.defects.items.map((item, index) => (
              <li key={index}>{item}</li>
            ))}
          </ol>
          {view.defects.respondBy ? <p>{t("defectsRespondBy", { date: formatCalendarDate(view.defects.respondBy, locale) })}</p> : null}
          <DefectUpload
            token={token}
            texts={Object.fromEntries(UPLOAD_TEXTS.map((key) => [key, t(key)]))}
            errorTexts={t.raw("uploadErrors") as Record<string, string>}
          />
        </section>
      ) : null}
      {closed ? <SurveyInvitation token={token} /> : null}
      <h2>{t("timeline")}</h2>
      <ol className="timeline">
        {view.timeline.map((event, index) => (
          <li key={index}>
            <time dateTime={event.at.toISOString()}>{dateTime.format(event.at)}</time>
            {LABELLED.has(event.type) ? <strong>{workflow(`track.${event.type}`)}</strong> : null}
            <span style={{ whiteSpace: "pre-line" }}>{event.message[locale]}</span>
          </li>
        ))}
      </ol>
      <p className="notice">{t("privacy")}</p>
    </article>
  );
}
