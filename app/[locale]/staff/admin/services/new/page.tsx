import "../editor.css";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { emptyDraft } from "@/lib/admin/service-draft";
import type { Locale } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { adminPageSession } from "../../_lib/guard";
import { ServiceEditor } from "../_components/service-editor";
import { divisionOptions } from "../_lib/division-options";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.services" });
  return { title: t("newTitle") };
}

export default async function NewServicePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await adminPageSession(locale);
  const t = await getTranslations("admin.services");
  return (
    <>
      <nav className="admin-breadcrumb" aria-label={t("breadcrumb")}>
        <Link href="/staff/admin/services">{t("title")}</Link>
      </nav>
      <h1>{t("newTitle")}</h1>
      <p className="admin-lead">{t("newLead")}</p>
      <ServiceEditor initial={{ mode: "create", draft: emptyDraft(), errors: {}, status: "editing", version: 0 }} divisions={await divisionOptions()} locale={locale} />
    </>
  );
}
