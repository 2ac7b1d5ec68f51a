import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { bangkokDate } from "@/lib/calendar/dates";
import { fiscalYearOf } from "@/lib/calendar/fiscal-year";
import type { Locale } from "@/lib/i18n/localized";
import { assessedYear, itaYears, readItaYear } from "@/lib/ita/read-year";
import { ItaYearPage } from "./_components/ita-year-page";

// Evidence is added at any time: read on every request.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "ita.public" });
  return { title: t("title") };
}

/** /ita: the assessed fiscal year (the current one when it has a list); /ita/<year> for any other. */
export default async function ItaPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const years = await itaYears();
  const year = assessedYear(years, fiscalYearOf(bangkokDate(new Date())));
  if (year === null) {
    const t = await getTranslations("ita.public");
    return (
      <>
        <h1>{t("title")}</h1>
        <p>{t("none")}</p>
      </>
    );
  }
  return <ItaYearPage view={await readItaYear(year)} years={years} locale={locale} />;
}
