"use client";

import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { ADMIN_SECTIONS } from "../_lib/sections";

/** The administration sections; the current one is marked for screen readers too. */
export function AdminNav() {
  const t = useTranslations("admin.nav");
  const pathname = usePathname();
  return (
    <nav className="admin-nav" aria-label={t("label")}>
      <Link href="/staff/admin" className="admin-nav__home" aria-current={pathname === "/staff/admin" ? "page" : undefined}>
        {t("home")}
      </Link>
      <ul>
        {ADMIN_SECTIONS.map((section) => {
          const href = `/staff/admin/${section}`;
          const current = pathname === href ? "page" : pathname.startsWith(`${href}/`) ? "location" : undefined;
          return (
            <li key={section}>
              <Link href={href} aria-current={current}>
                {t(section)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
