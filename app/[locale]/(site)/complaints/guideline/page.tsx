import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PrintButton } from "@/app/_components/print-button";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/localized";
import { findActiveService } from "@/lib/services/catalogue";

// The guideline follows the service's configuration, which ADMIN edits at any time.
export const dynamic = "force-dynamic";

const COMPLAINT_SERVICE = "GENERAL_COMPLAINT";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "complaintGuideline" });
  return { title: t("title") };
}

/**
 * The public complaint-handling guideline (คู่มือการดำเนินการเรื่องร้องเรียน), rendered from the
 * general-complaint service: how to file, the steps, the responsible unit, the time limits,
 * the complainant's protection and the channels. Printable on A4 with the manual's print CSS.
 */
export default async function ComplaintGuidelinePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const service = await findActiveService(COMPLAINT_SERVICE);
  if (!service || service.kind !== "complaint") notFound();
  const t = await getTranslations("complaintGuideline");
  const unit = locale === "th" ? service.division.nameTh : service.division.nameEn;

  return (
    <article className="manual">
      <p className="manual__kicker">{t("kicker")}</p>
      <h1>{t("title")}</h1>
      <p className="lead">{service.description[locale]}</p>

      <h2>{t("howToFile")}</h2>
      <p>{service.criteria[locale]}</p>
      <p className="no-print">
        <Link href={`/services/${service.code}`}>{t("manualLink")}</Link>
      </p>

      <h2>{t("steps")}</h2>
      <ol>
        {service.steps.map((step, index) => (
          <li key={index}>{step[locale]}</li>
        ))}
      </ol>

      <h2>{t("unit")}</h2>
      <p>{t("unitText", { division: unit })}</p>

      <h2>{t("limits")}</h2>
      <ul>
        <li>{t("acknowledge", { days: service.acknowledgeWorkingDays ?? 0 })}</li>
        <li>{t("answer", { days: service.processing.workingDays })}</li>
      </ul>
      {service.processing.note ? <p>{service.processing.note[locale]}</p> : null}

      <h2>{t("protection")}</h2>
      <p>{t("protectionText", { division: unit })}</p>

      <h2>{t("channels")}</h2>
      <ul>
        {service.channels.map((channel) => (
          <li key={channel}>{t(`channel.${channel}`)}</li>
        ))}
      </ul>
      <p>
        {t("integrityNote")} <Link href="/integrity">{t("integrityLink")}</Link>
      </p>

      <h2>{t("legalBasis")}</h2>
      <p>{service.legalBasis[locale]}</p>

      <PrintButton label={t("print")} />
    </article>
  );
}
