import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PrintButton } from "@/app/_components/print-button";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/localized";
import { channelLimits } from "@/lib/integrity/config";
import { recipientChoices } from "@/lib/integrity/recipient-choices";

// Follows the channel's configuration and its recipients, which change at any time.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "integrity.guideline" });
  return { title: t("title"), referrer: "no-referrer" };
}

/**
 * คู่มือแนวทางการดำเนินการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ, from lib/integrity/config.ts
 * (the time limits) and the recipients. It names the recipients' divisions and their number,
 * not the people: a printed list of names posted at the counter goes stale and points at
 * whom to pressure; the report form, where a reporter chooses whom to leave out, names them.
 * Printable on A4 with the manual's print CSS (app/globals.css).
 */
export default async function IntegrityGuidelinePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("integrity.guideline");
  const ti = await getTranslations("integrity");
  const limits = channelLimits();
  const { recipients } = await recipientChoices(locale);
  const divisions = [...new Set(recipients.map((r) => r.division ?? t("unitNoDivision")))];

  return (
    <article className="manual">
      <p className="manual__kicker">{t("kicker")}</p>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>

      <h2>{t("howToFile")}</h2>
      <p>{t("howToFileText")}</p>
      <p className="no-print">
        <Link href="/integrity">{t("formLink")}</Link>
      </p>

      <h2>{t("steps")}</h2>
      <ol>
        <li>{t("step1")}</li>
        <li>{t("step2", { responseDays: limits.responseDays })}</li>
        <li>{t("step3")}</li>
        <li>{t("step4", { concludeDays: limits.concludeDays })}</li>
        <li>{t("step5", { retentionDays: limits.retentionDays })}</li>
      </ol>

      <h2>{t("unit")}</h2>
      <p>{t("unitText", { count: recipients.length })}</p>
      {divisions.length > 0 ? <p>{t("unitDivisions", { divisions: divisions.join(", ") })}</p> : null}
      <p>{t("unitAccused")}</p>

      <h2>{t("limits")}</h2>
      <ul>
        <li>{t("limitResponse", { days: limits.responseDays })}</li>
        <li>{t("limitConclude", { days: limits.concludeDays })}</li>
        <li>{t("limitRetention", { days: limits.retentionDays })}</li>
      </ul>

      <h2>{t("protection")}</h2>
      <ul>
        {(["protection1", "protection2", "protection3", "protection4", "protection5"] as const).map((k) => (
          <li key={k}>{t(k)}</li>
        ))}
      </ul>

      <h2>{t("channels")}</h2>
      <ul>
        <li>{t("channelOurs")}</li>
        <li>
          {ti("nacc")}: <a href="https://www.nacc.go.th/" rel="noreferrer noopener">www.nacc.go.th</a>
        </li>
        <li>
          {ti("pacc")}: <a href="https://www.pacc.go.th/" rel="noreferrer noopener">www.pacc.go.th</a>
        </li>
      </ul>

      <PrintButton label={t("print")} />
    </article>
  );
}
