import "../editor.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { draftErrors } from "@/lib/admin/service-draft";
import { db } from "@/lib/db/client";
import { DEFAULT_RESULT_TEMPLATE, RESULT_PLACEHOLDERS } from "@/lib/requests/paperwork/result-letter";
import { loadServiceForEdit } from "@/lib/admin/services-query";
import { isAppError } from "@/lib/errors/app-error";
import type { Locale } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { adminPageSession } from "../../_lib/guard";
import { ServiceEditor } from "../_components/service-editor";
import { divisionOptions } from "../_lib/division-options";
import { ResultTemplateForm } from "./result-template-form";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.services" });
  return { title: t("editTitle") };
}

/** Edit one service (active or not, valid or not). */
export default async function EditServicePage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const staff = await adminPageSession(locale);
  const t = await getTranslations("admin.services");
  if (!/^\d{1,9}$/.test(id)) notFound();
  const service = await loadServiceForEdit(staff, Number(id)).catch((error: unknown) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const created = (await searchParams).created === "1";
  const templates = await db.service.findUniqueOrThrow({ where: { id: service.id }, select: { resultTemplateTh: true, resultTemplateEn: true } });
  const tp = await getTranslations("workflow.paperwork.template");
  const problems = Object.keys(service.problems).length > 0;
  return (
    <>
      <nav className="admin-breadcrumb" aria-label={t("breadcrumb")}>
        <Link href="/staff/admin/services">{t("title")}</Link>
      </nav>
      <h1>
        {service.draft.name[locale] || service.code} <span className="admin-code">{service.code}</span>
      </h1>
      {created ? (
        <p className="admin-notice admin-notice--ok" role="status">
          {t("created")}
        </p>
      ) : null}
      {problems ? (
        <p className="admin-notice admin-notice--danger" role="alert">
          {t("storedInvalid")}
        </p>
      ) : null}
      <ServiceEditor
        initial={{
          mode: "edit",
          serviceId: service.id,
          code: service.code,
          updatedAt: service.updatedAt,
          draft: service.draft,
          errors: problems ? draftErrors(service.problems) : {},
          status: "editing",
          version: 0,
        }}
        divisions={await divisionOptions()}
        locale={locale}
      />
      <ResultTemplateForm
        serviceId={service.id}
        th={templates.resultTemplateTh}
        en={templates.resultTemplateEn}
        defaults={DEFAULT_RESULT_TEMPLATE}
        texts={{ heading: tp("heading"), hint: tp("hint", { placeholders: RESULT_PLACEHOLDERS.map((name) => `{${name}}`).join(" ") }), th: tp("th"), en: tp("en"), save: tp("save"), saved: tp("saved"), failed: tp("failed") }}
      />
    </>
  );
}
