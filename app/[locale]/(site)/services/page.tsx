import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPathname, Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/localized";
import { listActiveServices } from "@/lib/services/catalogue";
import { parseCatalogueQuery } from "@/lib/services/catalogue-query";
import { CATEGORIES } from "@/lib/services/categories";
import { groupByDivision, searchServices } from "@/lib/services/search";
import { SearchForm } from "@/app/_components/search-form";
import { ServiceCard } from "@/app/_components/service-card";

// Staff edit the catalogue at any time: read it on every request, never at build time.
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "catalogue" });
  return { title: t("title") };
}

export default async function CataloguePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { q, category } = parseCatalogueQuery(await searchParams);
  const t = await getTranslations("catalogue");
  const ts = await getTranslations("service");
  const tm = await getTranslations("manual");
  const labels = { processingTime: tm("processingTime"), fee: tm("fee") };

  const all = await listActiveServices();
  const inCategory = category ? all.filter((s) => s.category === category) : all;
  const found = searchServices(inCategory, q);
  const groups = groupByDivision(found);
  const filterLabel = [q, category ? CATEGORIES[category][locale] : ""].filter(Boolean).join(" · ");

  return (
    <>
      <h1>{category ? CATEGORIES[category][locale] : t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <SearchForm
        action={getPathname({ href: "/services", locale })}
        query={q}
        label={t("searchLabel")}
        placeholder={t("searchPlaceholder")}
        button={t("searchButton")}
        clearLabel={t("clearSearch")}
      />
      {/* Announced to screen readers when a search changes the results. */}
      <p className="result-count" role="status" aria-live="polite">
        {filterLabel ? t("resultCount", { count: found.length, query: filterLabel }) : t("totalCount", { count: found.length })}
      </p>
      {category && !q ? (
        <p>
          <Link href="/services">{t("clearSearch")}</Link>
        </p>
      ) : null}
      {found.length === 0 ? <p>{t("noResultsHelp")}</p> : null}

      {groups.map((group) => {
        const name = locale === "th" ? group.division.nameTh : group.division.nameEn;
        const headingId = `division-${group.division.code}`;
        return (
          <section key={group.division.code} aria-labelledby={headingId} className="division-group">
            <h2 id={headingId}>{name}</h2>
            <ul className="service-list" aria-label={t("servicesOfDivision", { division: name })}>
              {group.services.map((service) => (
                <ServiceCard key={service.code} service={service} locale={locale} t={ts} labels={labels} />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
