"use client";

import { useMemo, useState } from "react";
import { fill } from "@/lib/kiosk/format";
import type { KioskService } from "@/lib/kiosk/kiosk-services";
import { filterKioskServices } from "@/lib/kiosk/search";
import { CATEGORIES, CATEGORY_CODES, type Category } from "@/lib/services/categories";
import { CategoryIcon } from "./icons";
import { ScreenHeading } from "./screen-heading";
import type { KioskTexts, Locale } from "./texts";

type Props = { t: KioskTexts; locale: Locale; services: KioskService[]; onChoose: (code: string) => void; onBack: () => void };

/** Large tiles by category; the search box filters as the resident types. */
export function ServicesScreen({ t, locale, services, onChoose, onBack }: Props) {
  const [query, setQuery] = useState("");
  const found = useMemo(() => filterKioskServices(services, query), [services, query]);
  const searching = query.trim() !== "";
  const groups = useMemo(
    () =>
      CATEGORY_CODES.map((category) => ({ category, services: found.filter((s) => s.category === category) })).filter(
        (group) => group.services.length > 0,
      ),
    [found],
  );

  const tile = (service: KioskService, withIcon: boolean) => (
    <li key={service.code}>
      <button type="button" className="kiosk-tile" onClick={() => onChoose(service.code)}>
        {withIcon ? <CategoryIcon category={service.category} /> : null}
        <span className="kiosk-tile__name">{service.name[locale]}</span>
        <span className="kiosk-tile__meta">
          {service.division.name[locale]} ·{" "}
          {service.workingDays === 0 ? t.services.sameDay : fill(t.services.workingDays, { days: service.workingDays })}
        </span>
      </button>
    </li>
  );

  return (
    <section className="kiosk-screen">
      <ScreenHeading>{t.services.heading}</ScreenHeading>
      <div className="kiosk-search" role="search">
        <label htmlFor="kiosk-search" className="kiosk-field__label">
          {t.services.searchLabel}
        </label>
        <div className="kiosk-field__row">
          <input
            id="kiosk-search"
            className="kiosk-input"
            type="text"
            inputMode="search"
            enterKeyHint="search"
            autoComplete="off"
            spellCheck={false}
            placeholder={t.services.searchPlaceholder}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
          {searching ? (
            <button type="button" className="kiosk-button" onClick={() => setQuery("")}>
              {t.services.clearSearch}
            </button>
          ) : null}
        </div>
      </div>
      <p className="kiosk-count" role="status">
        {searching ? (found.length === 0 ? t.services.noResults : fill(t.services.resultCount, { count: found.length })) : ""}
      </p>

      {searching ? (
        <ul className="kiosk-tiles">{found.map((service) => tile(service, true))}</ul>
      ) : (
        groups.map((group) => <CategoryGroup key={group.category} category={group.category} locale={locale} tiles={group.services.map((s) => tile(s, false))} />)
      )}

      <div className="kiosk-actions">
        <button type="button" className="kiosk-button" onClick={onBack}>
          {t.back}
        </button>
      </div>
    </section>
  );
}

function CategoryGroup({ category, locale, tiles }: { category: Category; locale: Locale; tiles: React.ReactNode[] }) {
  const headingId = `kiosk-category-${category}`;
  return (
    <section aria-labelledby={headingId} className="kiosk-category">
      <h2 id={headingId} className="kiosk-category__heading">
        <CategoryIcon category={category} />
        {CATEGORIES[category][locale]}
      </h2>
      <ul className="kiosk-tiles">{tiles}</ul>
    </section>
  );
}
