import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPathname, Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/localized";
import { listActiveServices } from "@/lib/services/catalogue";
import { CATEGORIES, type Category } from "@/lib/services/categories";
import { SearchForm } from "@/app/_components/search-form";
import { PortalLinks } from "./_portal-links";
import "./portal.css";

// Staff edit the catalogue at any time: read it on every request, never at build time.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale }> };

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("home");
  const services = await listActiveServices();
  const categories = [...new Set(services.map((s) => s.category))] as Category[];

  return (
    <>
      <section className="hero">
        <h1>{t("title")}</h1>
        <p className="lead">{t("lead")}</p>
        <SearchForm
          action={getPathname({ href: "/services", locale })}
          query=""
          label={t("searchLabel")}
          placeholder={t("searchPlaceholder")}
          button={t("searchButton")}
        />
        <p>
          <Link href="/services" className="button">
            {t("browseAll", { count: services.length })}
          </Link>
        </p>
      </section>

      <PortalLinks />

      <section aria-labelledby="categories-heading">
        <h2 id="categories-heading">{t("byCategory")}</h2>
        <ul className="category-list">
          {categories.map((category) => (
            <li key={category}>
              <Link href={{ pathname: "/services", query: { category } }}>
                {CATEGORIES[category][locale]}
              </Link>
              <span className="category-list__count">{services.filter((s) => s.category === category).length}</span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="promises-heading" className="promises">
        <h2 id="promises-heading">{t("promisesTitle")}</h2>
        <ul>
          <li>{t("promiseNoCopies")}</li>
          <li>{t("promiseClock")}</li>
          <li>{t("promiseManual")}</li>
        </ul>
      </section>
    </>
  );
}
