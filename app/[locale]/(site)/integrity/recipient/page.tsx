import "../../e-service/e-service.css";
import "../integrity.css";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/localized";
import { inboxFor } from "@/lib/integrity/inbox";
import { withRecipient } from "@/lib/integrity/recipient-session";
import { RecipientSignInForm } from "./_components/sign-in-form";
import { SignOut } from "./_components/sign-out";
import { when } from "./_components/when";
import { recipientToken } from "./session";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "integrity.recipient" });
  return { title: t("title"), robots: { index: false }, referrer: "no-referrer" };
}

/**
 * The recipients' inbox, or their sign-in when this browser has no recipient session. Only
 * the recipient cookie counts: a staff session, even an ADMIN's, shows the sign-in form.
 */
export default async function RecipientInboxPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("integrity.recipient");
  const ti = await getTranslations("integrity");
  const inbox = await withRecipient(await recipientToken(), (who) => inboxFor(who));

  if (!inbox) {
    return (
      <div className="narrow integrity">
        <h1>{t("signInTitle")}</h1>
        <p className="lead">{t("signInLead")}</p>
        <RecipientSignInForm
          locale={locale}
          texts={{ name: t("name"), password: t("password"), submit: t("signIn"), errors: { invalid: t("errors.signInInvalid"), throttled: t("errors.signInThrottled") } }}
        />
        <p className="notice">{t("signInNotice")}</p>
      </div>
    );
  }

  return (
    <div className="integrity">
      <h1>{t("title")}</h1>
      <SignOut locale={locale} />
      {inbox.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <table className="integrity-inbox">
          <caption>{t("inboxCaption", { count: inbox.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("received")}</th>
              <th scope="col">{t("category")}</th>
              <th scope="col">{t("state")}</th>
              <th scope="col">{t("deadline")}</th>
            </tr>
          </thead>
          <tbody>
            {inbox.map((r) => (
              <tr key={r.id} className={r.unread ? "integrity-inbox__unread" : undefined}>
                <td>
                  <Link href={`/integrity/recipient/reports/${r.id}`}>{when(r.createdAt, locale)}</Link>
                  {r.unread ? <strong className="integrity-badge"> {t("unread")}</strong> : null}
                </td>
                <td>{ti(`categories.${r.category}`)}</td>
                <td>
                  {ti(`states.${r.status}`)}
                  {r.referredTo ? ` (${t(`referral.${r.referredTo}`)})` : ""}
                  {r.outcome ? ` (${t(`outcomes.${r.outcome}`)})` : ""}
                </td>
                <td>
                  {r.responseDue ? <span>{t("responseDue", { date: when(r.responseDue, locale) })}</span> : null}
                  {r.responseDue && r.concludeDue ? <br /> : null}
                  {r.concludeDue ? <span>{t("concludeDue", { date: when(r.concludeDue, locale) })}</span> : null}
                  {r.expiresAt ? <span>{t("expires", { date: when(r.expiresAt, locale) })}</span> : null}
                  {r.overdue ? <strong className="integrity-badge"> {t("overdue")}</strong> : null}
                  {r.expiringSoon ? <strong className="integrity-badge"> {t("expiringSoon")}</strong> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
