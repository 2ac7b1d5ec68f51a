import "../e-service.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { findActiveService } from "@/lib/services/catalogue";
import { OnlineForm } from "./_components/online-form";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale; code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, code } = await params;
  const service = await findActiveService(code);
  const t = await getTranslations({ locale, namespace: "online" });
  return { title: service ? `${service.name[locale]} – ${t("formKicker")}` : t("listTitle"), robots: { index: false } };
}

/** One service's online form: the same definition as the kiosk and the counter use. */
export default async function OnlineFilingPage({ params }: Props) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  const service = await findActiveService(code);
  if (!service || !service.channels.includes("online")) notFound();
  const t = await getTranslations("online");
  const all = await getTranslations();
  const texts = all.raw("online") as Record<string, unknown>;
  const siteValidation = all.raw("validation") as Record<string, string>;

  return (
    <div className="e-service narrow">
      <p className="manual__kicker">
        <Link href="/e-service">{t("formKicker")}</Link>
      </p>
      <h1>{service.name[locale]}</h1>
      <p className="lead">{service.description[locale]}</p>
      <OnlineForm
        locale={locale}
        service={{ code: service.code, location: service.location, fields: service.form.fields }}
        // One per visit: a retry or a double tap files once (lib/requests/file-request.ts).
        idempotencyKey={crypto.randomUUID()}
        texts={texts as Record<string, string>}
        validationTexts={{ ...siteValidation, ...(texts.validation as Record<string, string>) }}
      />
    </div>
  );
}
