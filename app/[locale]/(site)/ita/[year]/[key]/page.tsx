import "../../_components/ita.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PrintButton } from "@/app/_components/print-button";
import type { Locale } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { readItaYear } from "@/lib/ita/read-year";
import { EvidenceLinks } from "../../_components/evidence-links";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale; year: string; key: string }> };

async function find(year: string, key: string) {
  if (!/^\d{4}$/.test(year)) return null;
  return (await readItaYear(Number(year))).items.find((item) => item.key === key) ?? null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, year, key } = await params;
  const item = await find(year, key);
  const t = await getTranslations({ locale, namespace: "ita.public" });
  return { title: item ? `O${item.number} ${item.title[locale]} (${year})` : t("notFoundTitle") };
}

/**
 * /ita/<year>/<key>: one item's evidence, the address given to the assessor. It names the
 * stable key, never the number, so renumbering the item leaves it working.
 */
export default async function ItaItemPage({ params }: Props) {
  const { locale, year, key } = await params;
  setRequestLocale(locale);
  const item = await find(year, key);
  if (!item) notFound();
  const t = await getTranslations("ita.public");
  return (
    <article className="ita">
      <nav className="breadcrumb no-print" aria-label={t("title")}>
        <Link href={`/ita/${year}`}>{t("backToList", { year })}</Link>
      </nav>
      <p className="manual__kicker">
        {t("title")} {year}
      </p>
      <h1>
        O{item.number} {item.title[locale]}
      </h1>
      <h2>{t("checks")}</h2>
      <p>{item.checks[locale]}</p>
      <p>
        {t("division")}: {item.division[locale]}
      </p>
      <h2>{t("evidence")}</h2>
      {item.source === "live" ? <p>{t("liveNote")}</p> : null}
      <div data-testid="ita-evidence" data-complete={item.complete ? "yes" : "no"}>
        <EvidenceLinks item={item} />
      </div>
      <div className="no-print">
        <PrintButton label={t("print")} />
      </div>
    </article>
  );
}
