import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteFooter } from "@/app/_components/site-footer";
import { SiteHeader } from "@/app/_components/site-header";

/** The public website's frame: header with the language switch, main content, footer. */
export default async function SiteLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("site");
  return (
    // The site's language switch uses next-intl on the client; the kiosk does not, and
    // leaves the provider (and its message formatter) out of its JavaScript.
    <NextIntlClientProvider messages={{}}>
      <a className="skip-link" href="#main">
        {t("skipToContent")}
      </a>
      <SiteHeader />
      <main id="main" className="page" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter />
    </NextIntlClientProvider>
  );
}
