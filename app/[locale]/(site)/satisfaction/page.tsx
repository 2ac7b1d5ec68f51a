import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SatisfactionSummary } from "@/app/_components/satisfaction-summary";
import type { Locale } from "@/lib/i18n/localized";
import { currentFiscalYear } from "@/lib/survey/load-survey";

// Read at each visit: the figures grow when a month ends.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "survey.public" });
  return { title: t("title") };
}

/** The public satisfaction results of the current fiscal year, per service. */
export default async function SatisfactionPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("survey.public");
  const reports = await getTranslations("reports");
  const year = currentFiscalYear();
  const yearName = reports("yearOption", locale === "th" ? { year, startYear: year - 1, endYear: year } : { year, startYear: year - 544, endYear: year - 543 });
  return (
    <article className="narrow">
      <h1>{t("heading", { year: yearName })}</h1>
      <p className="lead">{t("intro")}</p>
      <SatisfactionSummary locale={locale} fiscalYear={year} />
    </article>
  );
}
