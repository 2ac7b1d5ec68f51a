import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { listDivisionsForAdmin } from "@/lib/admin/update-division";
import type { Locale } from "@/lib/i18n/localized";
import { adminPageSession } from "../_lib/guard";
import { DivisionForm } from "./division-form";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.divisions" });
  return { title: t("title") };
}

/** The divisions: the names and summary residents see, the queue letter, catalogue order. */
export default async function DivisionsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await adminPageSession(locale);
  const t = await getTranslations("admin.divisions");
  const divisions = await listDivisionsForAdmin(staff);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="admin-lead">{t("lead")}</p>
      {divisions.map((division) => (
        <DivisionForm key={division.id} division={division} locale={locale} />
      ))}
    </>
  );
}
