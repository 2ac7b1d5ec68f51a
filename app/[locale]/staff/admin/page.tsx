import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { failedMailSummary } from "@/lib/mail/request-mail";
import { ADMIN_SECTIONS } from "./_lib/sections";
import { adminPageSession } from "./_lib/guard";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin" });
  return { title: t("title") };
}

/** The administration home: what each section is for. */
export default async function AdminHomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await adminPageSession(locale);
  const failedMail = await failedMailSummary(staff);
  const t = await getTranslations("admin");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="admin-lead">{t("overview.lead")}</p>
      {failedMail.count > 0 ? (
        <section className="admin-notice admin-notice--danger" aria-labelledby="admin-failed-mail" data-testid="failed-mail">
          <h2 id="admin-failed-mail">{t("failedMail.heading")}</h2>
          <p>{t("failedMail.lead", { count: failedMail.count })}</p>
          <ul>
            {failedMail.references.map((reference) => (
              <li key={reference}>
                <Link href={`/staff/requests/${reference}`}>{reference}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ul className="admin-cards">
        {ADMIN_SECTIONS.map((section) => (
          <li key={section}>
            <h2>
              <Link href={`/staff/admin/${section}`}>{t(`nav.${section}`)}</Link>
            </h2>
            <p>{t(`overview.${section}`)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
