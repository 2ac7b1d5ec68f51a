import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { listKioskDevices } from "@/lib/admin/kiosks";
import type { Locale } from "@/lib/i18n/localized";
import { adminPageSession } from "../_lib/guard";
import { EnrollKioskForm, RenameKioskForm, RevokeKioskForm } from "./kiosk-forms";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.kiosks" });
  return { title: t("title") };
}

/** The kiosk PCs whose card reads are trusted: enroll by public key, rename, revoke. */
export default async function KiosksPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await adminPageSession(locale);
  const t = await getTranslations("admin.kiosks");
  const kiosks = await listKioskDevices(staff);
  const format = new Intl.DateTimeFormat(locale === "th" ? "th-TH" : "en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Bangkok" });
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="admin-lead">{t("lead")}</p>
      {kiosks.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="admin-list">
          {kiosks.map((kiosk) => (
            <li key={kiosk.id} className={`admin-card${kiosk.revokedAt ? " admin-card--revoked" : ""}`}>
              <h2>{kiosk.name}</h2>
              <dl className="admin-facts">
                <div>
                  <dt>{t("deviceId")}</dt>
                  <dd className="admin-mono">{kiosk.deviceId}</dd>
                </div>
                <div>
                  <dt>{t("enrolledAt")}</dt>
                  <dd>{format.format(kiosk.enrolledAt)}</dd>
                </div>
                <div>
                  <dt>{t("status")}</dt>
                  <dd>
                    {kiosk.revokedAt ? (
                      <span className="admin-badge admin-badge--danger">{t("revokedAt", { at: format.format(kiosk.revokedAt) })}</span>
                    ) : (
                      <span className="admin-badge admin-badge--ok">{t("trusted")}</span>
                    )}
                  </dd>
                </div>
              </dl>
              <div className="admin-row-actions">
                <RenameKioskForm kioskId={kiosk.id} name={kiosk.name} />
                {kiosk.revokedAt ? null : <RevokeKioskForm kioskId={kiosk.id} name={kiosk.name} />}
              </div>
            </li>
          ))}
        </ul>
      )}
      <EnrollKioskForm />
    </>
  );
}
