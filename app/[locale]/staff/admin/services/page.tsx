import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { listServicesForAdmin } from "@/lib/admin/services-query";
import type { Locale } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { adminPageSession } from "../_lib/guard";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.services" });
  return { title: t("title") };
}

/** Every service, active or not, by division; a stored service that no longer validates is flagged. */
export default async function ServicesPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await adminPageSession(locale);
  const t = await getTranslations("admin.services");
  const services = await listServicesForAdmin(staff);
  const format = new Intl.DateTimeFormat(locale === "th" ? "th-TH" : "en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Bangkok" });
  const inactive = services.filter((s) => !s.active).length;
  return (
    <>
      <div className="admin-title-row">
        <h1>{t("title")}</h1>
        <Link href="/staff/admin/services/new" className="admin-button admin-button--primary">
          {t("new")}
        </Link>
      </div>
      <p className="admin-lead">{t("lead", { total: services.length, inactive })}</p>
      <div className="admin-table-wrap" tabIndex={0} role="region" aria-label={t("title")}>
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("code")}</th>
              <th scope="col">{t("division")}</th>
              <th scope="col">{t("status")}</th>
              <th scope="col">{t("updated")}</th>
            </tr>
          </thead>
          <tbody>
            {services.map((service) => (
              <tr key={service.id} className={service.active ? undefined : "admin-row--inactive"}>
                <td>
                  <Link href={`/staff/admin/services/${service.id}`}>{locale === "th" ? service.nameTh : service.nameEn}</Link>
                </td>
                <td className="admin-mono">{service.code}</td>
                <td>{locale === "th" ? service.division.nameTh : service.division.nameEn}</td>
                <td>
                  {!service.valid ? (
                    <span className="admin-badge admin-badge--danger">{t("invalid")}</span>
                  ) : service.active ? (
                    <span className="admin-badge admin-badge--ok">{t("active")}</span>
                  ) : (
                    <span className="admin-badge">{t("inactive")}</span>
                  )}
                </td>
                <td className="admin-nowrap">{format.format(service.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
