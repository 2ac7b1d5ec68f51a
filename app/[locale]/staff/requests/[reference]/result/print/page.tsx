import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/localized";
import { getResultLetterPaper } from "@/lib/requests/paperwork/get-paperwork";
import { resultLetter } from "@/lib/requests/paperwork/result-letter";
import { requireStaff } from "@/lib/staff/session";
import { formatDate } from "../../_components/format";
import { Paper } from "../../_components/paper";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale; reference: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "workflow.paperwork.result" });
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** A completed request's result letter or registration slip, from its service's template, on A4. */
export default async function ResultLetterPage({ params }: Props) {
  const { locale, reference } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff(locale);
  const paper = await getResultLetterPaper({ staff, reference: decodeURIComponent(reference) });
  if (!paper) notFound();
  const t = await getTranslations("workflow.paperwork");
  const { detail } = paper;
  const lines = resultLetter(paper.template[locale], paper.fallback[locale], {
    reference: detail.reference,
    service: detail.service.name[locale],
    applicant: detail.applicant?.name[locale] ?? "",
    date: formatDate(paper.completedOn, locale),
    officer: paper.officer ?? "",
    result: paper.result,
    division: detail.division.name[locale],
  });

  return (
    <Paper
      detail={detail}
      locale={locale}
      title={t("result.title")}
      printedAt={paper.printedAt}
      testId="result-letter"
      signatures={[{ line: t("result.officerSignature"), name: paper.officer }]}
    >
      <p>
        {t("result.completedOn")}: {formatDate(paper.completedOn, locale)}
      </p>
      <div className="paper__letter">
        {lines.map((line, index) => (
          <p key={index}>{line}</p>
        ))}
      </div>
    </Paper>
  );
}
