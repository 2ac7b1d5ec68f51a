import "./request-detail.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/localized";
import { listRequestMail } from "@/lib/mail/request-mail";
import { listAttachments } from "@/lib/files/list-attachments";
import { getRequestDetail } from "@/lib/requests/workflow/get-request-detail";
import { requireStaff } from "@/lib/staff/session";
import { LiveRefresh } from "../../_live/live-refresh";
import { ActionPanel } from "./_components/action-panel";
import { ApplicantSection } from "./_components/applicant-section";
import { AttachmentsSection } from "./_components/attachments-section";
import { PlaceSection } from "./_components/place-section";
import { ClockSummary } from "./_components/clock-summary";
import { EligibilityNotice } from "./_components/eligibility-notice";
import { formatDateTime } from "./_components/format";
import { MailSection } from "./_components/mail-section";
import { Timeline } from "./_components/timeline";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale; reference: string }> };

// The title names no request: a refused or unknown reference must look the same.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "workflow" });
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/**
 * One request as its division's staff work it: applicant, answers, the legal clock, the
 * whole timeline and the actions allowed now. Another division's request, or one that does
 * not exist, is "not found" (the same page, nothing about the request in it).
 */
export default async function RequestDetailPage({ params }: Props) {
  const { locale, reference } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  const detail = await getRequestDetail({ staff, reference: decodeURIComponent(reference) });
  if (!detail) notFound();
  const mail = await listRequestMail({ staff, reference: detail.reference });
  const attachments = await listAttachments(staff, detail.reference);
  const t = await getTranslations("workflow");
  const messages = await getMessages();

  return (
    <NextIntlClientProvider messages={{ workflow: messages.workflow, files: messages.files }}>
      <div className="staff-page wf-detail">
        <p className="wf-back">
          <Link href={{ pathname: "/staff", query: { division: detail.division.code } }}>
            {t("backToBoard", { division: detail.division.name[locale] })}
          </Link>
        </p>
        <p className="manual__kicker">{detail.reference}</p>
        <h1>{detail.service.name[locale]}</h1>
        <p className={`status status--${detail.status}`} data-testid="request-status">
          {t(`status.${detail.status}`)}
        </p>

        <div className="wf-columns">
          <div className="wf-main">
            <EligibilityNotice flags={detail.eligibilityFlags} locale={locale} />
            <ClockSummary detail={detail} locale={locale} />
            <section aria-labelledby="wf-facts-heading">
              <h2 id="wf-facts-heading">{t("facts.heading")}</h2>
              <dl className="wf-list">
                <div>
                  <dt>{t("facts.reference")}</dt>
                  <dd>{detail.reference}</dd>
                </div>
                <div>
                  <dt>{t("facts.division")}</dt>
                  <dd>{detail.division.name[locale]}</dd>
                </div>
                <div>
                  <dt>{t("facts.channel")}</dt>
                  <dd>{t.has(`channel.${detail.channel}`) ? t(`channel.${detail.channel}`) : detail.channel}</dd>
                </div>
                <div>
                  <dt>{t("facts.filedAt")}</dt>
                  <dd>{formatDateTime(detail.filedAt, locale)}</dd>
                </div>
                {detail.queueTicket ? (
                  <div>
                    <dt>{t("facts.ticket")}</dt>
                    <dd>{detail.queueTicket}</dd>
                  </div>
                ) : null}
              </dl>
            </section>
            <ApplicantSection detail={detail} locale={locale} />
            <PlaceSection place={detail.place} sender={detail.sender} />
            <section aria-labelledby="wf-answers-heading">
              <h2 id="wf-answers-heading">{t("answers.heading")}</h2>
              {detail.answers.length === 0 ? (
                <p>{t("answers.none")}</p>
              ) : (
                <dl className="wf-list">
                  {detail.answers.map((answer) => (
                    <div key={answer.key}>
                      <dt>{answer.label[locale]}</dt>
                      <dd className="wf-answer">{answer.text[locale]}</dd>
                    </div>
                  ))}
                </dl>
              )}
            </section>
            {attachments ? (
              <AttachmentsSection
                reference={detail.reference}
                locale={locale}
                attachments={attachments}
                fieldLabels={new Map(detail.attachments.map((group) => [group.key, group.label]))}
              />
            ) : null}
            <Timeline entries={detail.timeline} locale={locale} />
            {mail ? <MailSection reference={detail.reference} locale={locale} mail={mail} /> : null}
          </div>
          <div className="wf-side">
            <ActionPanel
              reference={detail.reference}
              locale={locale}
              actions={detail.actions}
              defectRequests={detail.clock.defectRequests}
              defectsNeedConfirmation={detail.defectsNeedConfirmation}
              transferTargets={detail.transferTargets}
            />
            {/* Paperwork the Licensing Act asks for: the defect record to sign, the result letter. */}
            {detail.clock.defectRequests > 0 || detail.status === "done" ? (
              <ul className="wf-paperwork">
                {detail.clock.defectRequests > 0 ? (
                  <li>
                    <Link href={`/staff/requests/${detail.reference}/defects/print`}>{t("paperwork.defects.printLink")}</Link>
                  </li>
                ) : null}
                {detail.status === "done" ? (
                  <li>
                    <Link href={`/staff/requests/${detail.reference}/result/print`}>{t("paperwork.result.printLink")}</Link>
                  </li>
                ) : null}
              </ul>
            ) : null}
          </div>
        </div>
        <LiveRefresh reference={detail.reference} />
      </div>
    </NextIntlClientProvider>
  );
}
