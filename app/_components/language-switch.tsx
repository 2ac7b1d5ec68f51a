"use client";

import { useSearchParams } from "next/navigation";
import { getPathname, usePathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/localized";

type Props = { targetLocale: Locale; label: string; ariaLabel: string };

/**
 * The same page in the other language, keeping the search terms. A plain link (a full
 * page load) to the address without a prefix for Thai, so it is the page's real address.
 */
export function LanguageSwitch({ targetLocale, label, ariaLabel }: Props) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const href = getPathname({ href: pathname, locale: targetLocale }) + (search ? `?${search}` : "");
  return (
    <a href={href} lang={targetLocale} hrefLang={targetLocale} aria-label={ariaLabel} className="language-switch">
      {label}
    </a>
  );
}
