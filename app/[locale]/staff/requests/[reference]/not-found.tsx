import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/**
 * The answer to a reference that does not exist AND to one in another division: the same
 * words, no reference, no names, so a guess learns nothing.
 */
export default async function RequestNotFound() {
  const t = await getTranslations("workflow.notFound");
  return (
    // The language-aware link reads the locale on the client.
    <NextIntlClientProvider messages={{}}>
      <div className="staff-page">
        <h1>{t("heading")}</h1>
        <p>{t("body")}</p>
        <p>
          <Link href="/staff">{t("back")}</Link>
        </p>
      </div>
    </NextIntlClientProvider>
  );
}
