import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/localized";
import { itaYears, readItaYear } from "@/lib/ita/read-year";
import { ItaYearPage } from "../_components/ita-year-page";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale; year: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, year } = await params;
  const t = await getTranslations({ locale, namespace: "ita.public" });
  return { title: t("yearTitle", { year }) };
}

/** /ita/<fiscal year>: that year's list, at an address that stays valid for good. */
export default async function ItaYearRoute({ params }: Props) {
  const { locale, year } = await params;
  setRequestLocale(locale);
  const years = await itaYears();
  const fiscalYear = /^\d{4}$/.test(year) ? Number(year) : NaN;
  if (!years.includes(fiscalYear)) notFound();
  return <ItaYearPage view={await readItaYear(fiscalYear)} years={years} locale={locale} />;
}
