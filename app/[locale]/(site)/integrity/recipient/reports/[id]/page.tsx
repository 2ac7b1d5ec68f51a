import "../../../../e-service/e-service.css";
import "../../../integrity.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { db } from "@/lib/db/client";
import { Link, redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/localized";
import { channelLimits } from "@/lib/integrity/config";

import { deadlinesOf } from "@/lib/integrity/inbox-rules";
import { openAsRecipient } from "@/lib/integrity/recipient-access";
import { withRecipient } from "@/lib/integrity/recipient-session";
import { reshareCandidates } from "@/lib/integrity/reshare";
import type { UnlockedRecipient } from "@/lib/integrity/recipient-keys";
import { ReportForms } from "../../_components/report-forms";
import { SignOut } from "../../_components/sign-out";
import { when } from "../../_components/when";
import { recipientToken } from "../../session";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "integrity.recipient" });
  return { title: t("reportTitle"), robots: { index: false }, referrer: "no-referrer" };
}

/**
 * One report, decrypted for the signed-in recipient with their own sealed key (opening it
 * is logged: recipient_opened). A report not sealed to them is "not found", like one that
 * does not exist. The reporter's identity, if they gave it, is shown here only.
 */
export default async function RecipientReportPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const token = await recipientToken();
  const opened = await withRecipient(token, async (who) => {
    const report = /^[A-Za-z0-9_-]{22}$/.test(id) ? await openAsRecipient(who, id) : null;
    return { report, ...(report ? await sharing(who, id) : { readers: [], shareWith: [] }) };
  });
  if (!opened) redirect({ href: "/integrity/recipient", locale });
  const report = opened!.report;
  if (!report) notFound();
  const t = await getTranslations("integrity.recipient");
  const ti = await getTranslations("integrity");
  const c = report.content;
  const accused = c.accusedDivisionCode ? await db.division.findUnique({ where: { code: c.accusedDivisionCode }, select: { nameTh: true, nameEn: true } }) : null;
  const clock = deadlinesOf(report, channelLimits(), new Date());

  return (
    <div className="narrow integrity">
      <p className="no-print">
        <Link href="/integrity/recipient">{t("backToInbox")}</Link>
      </p>
      <h1>
        {t("reportTitle")}: {ti(`categories.${c.category}`)}
      </h1>
      <SignOut locale={locale} />
      <dl className="integrity-facts">
        <dt>{t("received")}</dt>
        <dd>{when(report.createdAt, locale, true)}</dd>
        <dt>{t("state")}</dt>
        <dd>
          {ti(`states.${report.status}`)}
          {report.outcome ? ` (${t(`outcomes.${report.outcome}`)})` : ""}
        </dd>
        {clock.responseDue ? (
          <>
            <dt>{t("responseDueLabel")}</dt>
            <dd>{when(clock.responseDue, locale)}</dd>
          </>
        ) : null}
        {clock.concludeDue ? (
          <>
            <dt>{t("concludeDueLabel")}</dt>
            <dd>{when(clock.concludeDue, locale)}</dd>
          </>
        ) : null}
        {clock.expiresAt ? (
          <>
            <dt>{t("expiresLabel")}</dt>
            <dd>
              {when(clock.expiresAt, locale)}
              {clock.expiringSoon ? <strong className="integrity-badge"> {t("expiringSoon")}</strong> : null}
            </dd>
          </>
        ) : null}
        {clock.overdue ? (
          <>
            <dt>{t("deadline")}</dt>
            <dd>
              <strong className="integrity-badge">{t("overdue")}</strong>
            </dd>
          </>
        ) : null}
      </dl>

      <h2>{t("contentTitle")}</h2>
      <p className="integrity-text">{c.what}</p>
      <dl className="integrity-facts">
        {(["when", "where", "who"] as const).map((k) =>
          c[k] ? (
            <div key={k}>
              <dt>{ti(k)}</dt>
              <dd>{c[k]}</dd>
            </div>
          ) : null,
        )}
        {accused ? (
          <div>
            <dt>{ti("accused")}</dt>
            <dd>{locale === "th" ? accused.nameTh : accused.nameEn}</dd>
          </div>
        ) : null}
      </dl>

      <h2>{t("identityTitle")}</h2>
      {c.identity.mode === "anonymous" ? (
        <p>{t("anonymous")}</p>
      ) : (
        <dl className="integrity-facts">
          <dt>{ti("contactName")}</dt>
          <dd>{c.identity.contact.name}</dd>
          {c.identity.contact.phone ? (
            <>
              <dt>{ti("contactPhone")}</dt>
              <dd>{c.identity.contact.phone}</dd>
            </>
          ) : null}
          {c.identity.contact.email ? (
            <>
              <dt>{ti("contactEmail")}</dt>
              <dd>{c.identity.contact.email}</dd>
            </>
          ) : null}
        </dl>
      )}

      <h2>{t("filesTitle")}</h2>
      {report.files.length === 0 ? <p>{t("noFiles")}</p> : null}
      <ul className="integrity-files">
        {report.files.map((f) => (
          <li key={f.id}>
            {/* A plain link: the route answers with an attachment, never a page. */}
            <a href={`${locale === "en" ? "/en" : ""}/integrity/recipient/reports/${report.id}/files/${f.id}`} download>
              {f.name}
            </a>{" "}
            ({f.addedBy === "reporter" ? t("fromReporter") : t("fromRecipients")}, {Math.ceil(f.size / 1024)} kB)
          </li>
        ))}
      </ul>

      <h2>{t("messagesTitle")}</h2>
      {report.messages.length === 0 ? <p>{ti("noMessages")}</p> : null}
      <ul className="integrity-messages">
        {report.messages.map((m) => (
          <li key={m.id}>
            <strong>{m.author === "reporter" ? t("fromReporter") : t("fromRecipients")}</strong> <time dateTime={m.createdAt.toISOString()}>{when(m.createdAt, locale, true)}</time>
            <br />
            {m.body}
          </li>
        ))}
      </ul>

      <ReportForms reportId={report.id} status={report.status} closed={report.expiresAt !== null} readers={opened!.readers} shareWith={opened!.shareWith} />
    </div>
  );
}

/** Who can read the report now, and whom this recipient may share it with, by staff display name. */
async function sharing(who: UnlockedRecipient, reportId: string): Promise<{ readers: string[]; shareWith: { id: number; name: string }[] }> {
  const [candidates, keys] = await Promise.all([
    reshareCandidates(who, reportId),
    db.integrityReportKey.findMany({ where: { reportId }, select: { recipient: { select: { staffUserId: true } } } }),
  ]);
  const staffIds = [...candidates.map((c) => c.staffUserId), ...keys.map((k) => k.recipient.staffUserId)];
  const staff = await db.staffUser.findMany({ where: { id: { in: staffIds } }, select: { id: true, displayName: true } });
  const names = new Map(staff.map((s) => [s.id, s.displayName]));
  const nameOf = (staffUserId: number) => names.get(staffUserId) ?? `#${staffUserId}`;
  return {
    readers: keys.map((k) => nameOf(k.recipient.staffUserId)).sort(),
    shareWith: candidates.map((c) => ({ id: c.id, name: nameOf(c.staffUserId) })),
  };
}
