import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/localized";
import { getDefectRecordPaper } from "@/lib/requests/paperwork/get-paperwork";
import { requireStaff } from "@/lib/staff/session";
import { formatDate, formatDateTime } from "../../_components/format";
import { Paper } from "../../_components/paper";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale; reference: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "workflow.paperwork.defects" });
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** The defect record to sign with the applicant (Licensing Facilitation Act s.8), on A4. */
export default async function DefectRecordPage({ params }: Props) {
  const { locale, reference } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  const paper = await getDefectRecordPaper({ staff, reference: decodeURIComponent(reference) });
  if (!paper) notFound();
  const t = await getTranslations("workflow.paperwork");
  const { record } = paper;

  return (
    <Paper
      detail={paper.detail}
      locale={locale}
      title={t("defects.title")}
      subtitle={t("defects.law")}
      printedAt={paper.printedAt}
      testId="defect-record"
      signatures={[
        { line: t("officerSignature"), name: record.officer },
        { line: t("applicantSignature"), name: paper.detail.applicant?.name[locale] ?? null },
      ]}
    >
      <p>
        {t("defects.recordedAt")}: {formatDateTime(record.recordedAt, locale)} · {t("defects.requestNumber", { count: record.requestNumber })}
      </p>
      <h2>{t("defects.missingHeading")}</h2>
      <ol className="paper__list">
        {record.defects.map((defect, index) => (
          <li key={index}>{defect}</li>
        ))}
      </ol>
      <p>
        <strong data-testid="respond-by">{t("defects.respondBy", { date: formatDate(record.respondBy, locale) })}</strong>
      </p>
      <p>{t("defects.clock")}</p>
      <p>{t("defects.copies")}</p>
    </Paper>
  );
}
