"use client";

import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/localized";

type Props = { targetLocale: Locale; label: string; ariaLabel: string };

/** The same page in the other language, keeping the search terms. */
export function LanguageSwitch({ targetLocale, label, ariaLabel }: Props) {
  const pathname = usePathname();
  const query = Object.fromEntries(useSearchParams().entries());
  return (
    <Link
      href={{ pathname, query }}
      locale={targetLocale}
      lang={targetLocale}
      hrefLang={targetLocale}
      aria-label={ariaLabel}
      className="language-switch"
    >
      {label}
    </Link>
  );
}
