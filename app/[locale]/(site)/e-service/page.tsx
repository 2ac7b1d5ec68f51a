import "./e-service.css";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPathname, Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/localized";
import { listActiveServices } from "@/lib/services/catalogue";
import { parseCatalogueQuery } from "@/lib/services/catalogue-query";
import { searchServices } from "@/lib/services/search";
import { SearchForm } from "@/app/_components/search-form";
import { OtherChannels } from "./_components/other-channels";

// Staff edit the catalogue at any time: read it on every request, never at build time.
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "online" });
  return { title: t("listTitle") };
}

/** The services a resident can file from home, searchable as at the kiosk. */
export default async function EServicePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { q } = parseCatalogueQuery(await searchParams);
  const t = await getTranslations("online");
  const portal = await getTranslations("transparency.eServicePage");
  const services = await listActiveServices();
  const online = services.filter((service) => service.channels.includes("online"));
  const found = searchServices(online, q);

  return (
    <div className="e-service narrow">
      <h1>{t("listTitle")}</h1>
      <p className="lead">{t("listLead")}</p>
      <ul className="e-service__links">
        <li>
          <Link href="/track" className="e-service__track">
            {t("trackLink")}
          </Link>
        </li>
        <li>
          <Link href="/e-service/manual">{portal("manualLink")}</Link>
        </li>
        <li>
          <Link href="/statistics/e-service">{portal("statisticsLink")}</Link>
        </li>
      </ul>
      <SearchForm
        action={getPathname({ href: "/e-service", locale })}
        query={q}
        label={t("searchLabel")}
        placeholder={t("searchPlaceholder")}
        button={t("searchButton")}
        clearLabel={t("clearSearch")}
      />
      <p className="result-count" role="status" aria-live="polite">
        {t("count", { count: found.length })}
      </p>
      {found.length === 0 ? <p>{t("noResults")}</p> : null}
      <ul className="e-service__list">
        {found.map((service) => (
          <li key={service.code} className="e-service__item">
            <h2 className="e-service__name">{service.name[locale]}</h2>
            <p className="e-service__meta">
              {locale === "th" ? service.division.nameTh : service.division.nameEn} ·{" "}
              {t("processing", { days: service.processing.workingDays })}
            </p>
            <div className="e-service__actions">
              <Link href={`/e-service/${service.code}`} className="button">
                {t("fileThis")}
              </Link>
              <Link href={`/services/${service.code}`}>{t("manual")}</Link>
            </div>
          </li>
        ))}
      </ul>
      <OtherChannels services={services} locale={locale} />
    </div>
  );
}
