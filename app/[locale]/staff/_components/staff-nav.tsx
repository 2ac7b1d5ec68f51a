"use client";

import { Link, usePathname } from "@/lib/i18n/navigation";

/** `also`: other address prefixes that belong to this section (a request's page to the board). */
export type StaffNavItem = { href: string; label: string; exact?: boolean; also?: string[] };

/** The console's sections; the current one is marked (also for screen readers). */
export function StaffNav({ items, label }: { items: StaffNavItem[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav className="staff-nav" aria-label={label}>
      <ul>
        {items.map((item) => {
          const here = pathname === item.href;
          const within = (!item.exact && pathname.startsWith(`${item.href}/`)) || (item.also ?? []).some((prefix) => pathname.startsWith(prefix));
          return (
            <li key={item.href}>
              <Link href={item.href} aria-current={here ? "page" : within ? "location" : undefined}>
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
