import "../file.css";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/localized";
import { kioskPageConfig } from "@/lib/kiosk/page-config";
import { findActiveService } from "@/lib/services/catalogue";
import { orderedFields } from "@/lib/services/form-definition";
import { requirePermission, requireStaff } from "@/lib/staff/session";
import { CounterFilingForm } from "./_components/counter-filing-form";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale; code: string }> };

/** The service's form, with the resident's identity read from their card or typed. */
export default async function CounterFilingPage({ params }: Props) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  await requireStaff(locale);
  await requirePermission("request.fileOnBehalf");
  const service = await findActiveService(code);
  if (!service || !service.channels.includes("counter")) notFound();
  const t = await getTranslations("board");

  return (
    <div className="staff-page">
      <p className="manual__kicker">{t("file.title")}</p>
      <h1>{service.name[locale]}</h1>
      <CounterFilingForm
        locale={locale}
        serviceCode={service.code}
        // File uploads are not taken at the counter yet: those questions are asked on paper.
        fields={orderedFields(service.form).filter((field) => field.type !== "file")}
        idempotencyKey={crypto.randomUUID()}
        agentUrl={kioskPageConfig(process.env).agentUrl}
        texts={t.raw("file") as Record<string, string>}
        validationTexts={(await getTranslations()).raw("validation") as Record<string, string>}
      />
    </div>
  );
}
