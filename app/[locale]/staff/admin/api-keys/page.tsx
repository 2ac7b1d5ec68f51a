import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { listOpen311Keys } from "@/lib/admin/api-keys";
import type { Locale } from "@/lib/i18n/localized";
import { catalogueSnapshot } from "@/lib/services/catalogue";
import { adminPageSession } from "../_lib/guard";
import { MakeKeyForm, RevokeKeyForm } from "./key-forms";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.apiKeys" });
  return { title: t("title") };
}

/** Keys for other systems that file through Open311: make (shown once), see use, revoke. */
export default async function ApiKeysPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await adminPageSession(locale);
  const t = await getTranslations("admin.apiKeys");
  const keys = await listOpen311Keys(staff);
  const offered = (await catalogueSnapshot()).services.filter((s) => s.channels.includes("open311"));
  const nameOf = new Map(offered.map((s) => [s.code, s.name[locale]]));
  const format = new Intl.DateTimeFormat(locale === "th" ? "th-TH" : "en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Bangkok" });
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="admin-lead">{t("lead")}</p>
      {keys.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="admin-list">
          {keys.map((key) => (
            <li key={key.id} className={`admin-card${key.revokedAt ? " admin-card--revoked" : ""}`}>
              <h2>{key.name}</h2>
              <dl className="admin-facts">
                <div>
                  <dt>{t("services")}</dt>
                  <dd>{key.services.length === 0 ? t("everyService") : key.services.map((code) => nameOf.get(code) ?? code).join(", ")}</dd>
                </div>
                <div>
                  <dt>{t("madeAt")}</dt>
                  <dd>{format.format(key.createdAt)}</dd>
                </div>
                <div>
                  <dt>{t("lastUsed")}</dt>
                  <dd>{key.lastUsedAt ? format.format(key.lastUsedAt) : t("neverUsed")}</dd>
                </div>
                <div>
                  <dt>{t("status")}</dt>
                  <dd>
                    {key.revokedAt ? (
                      <span className="admin-badge admin-badge--danger">{t("revokedAt", { at: format.format(key.revokedAt) })}</span>
                    ) : (
                      <span className="admin-badge admin-badge--ok">{t("active")}</span>
                    )}
                  </dd>
                </div>
              </dl>
              {key.revokedAt ? null : (
                <div className="admin-row-actions">
                  <RevokeKeyForm name={key.name} />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <MakeKeyForm services={offered.map((s) => ({ value: s.code, label: s.name[locale] }))} />
    </>
  );
}
