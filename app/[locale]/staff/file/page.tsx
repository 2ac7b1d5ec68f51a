import "./file.css";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/localized";
import { listActiveServices } from "@/lib/services/catalogue";
import { groupByDivision } from "@/lib/services/search";
import { requirePermission, requireStaff } from "@/lib/staff/session";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "board" });
  return { title: t("file.title"), robots: { index: false, follow: false } };
}

/** Filing for a walk-in resident: first the service. */
export default async function FileForResidentPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireStaff(locale);
  await requirePermission("request.fileOnBehalf");
  const t = await getTranslations("board");
  const services = (await listActiveServices()).filter((s) => s.channels.includes("counter"));

  return (
    <div className="staff-page">
      <h1>{t("file.title")}</h1>
      <p className="lead">{t("file.lead")}</p>
      {groupByDivision(services).map((group) => (
        <section key={group.division.code} aria-labelledby={`file-${group.division.code}`}>
          <h2 id={`file-${group.division.code}`}>{locale === "th" ? group.division.nameTh : group.division.nameEn}</h2>
          <ul className="file-services">
            {group.services.map((service) => (
              <li key={service.code}>
                <Link href={`/staff/file/${service.code}`}>{service.name[locale]}</Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
