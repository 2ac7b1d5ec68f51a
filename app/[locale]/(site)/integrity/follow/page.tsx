import "../../e-service/e-service.css";
import "../integrity.css";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { REPORT_STATES } from "@/lib/integrity/content";
import type { Locale } from "@/lib/i18n/localized";
import { FollowForm } from "../_components/follow-form";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "integrity" });
  return { title: t("followTitle"), robots: { index: false }, referrer: "no-referrer" };
}

/** Follow a corruption report with its 16-digit receipt code: questions, answers, state. */
export default async function IntegrityFollowPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("integrity");
  const errors = ["code", "codeThrottled", "message", "file", "unexpected"] as const;
  return (
    <div className="narrow integrity">
      <h1>{t("followTitle")}</h1>
      <p className="lead">{t("followLead")}</p>
      <FollowForm
        texts={{
          code: t("code"),
          open: t("open"),
          status: t("status"),
          states: Object.fromEntries(REPORT_STATES.map((s) => [s, t(`states.${s}`)])),
          messages: t("messages"),
          fromRecipient: t("fromRecipient"),
          fromReporter: t("fromReporter"),
          noMessages: t("noMessages"),
          reply: t("reply"),
          files: t("yourFiles"),
          fromRecipientFiles: t("fromRecipientFiles"),
          download: t("download"),
          addFiles: t("addFiles"),
          send: t("send"),
          sent: t("sent"),
          errors: Object.fromEntries(errors.map((key) => [key, t(`errors.${key}`)])),
        }}
      />
    </div>
  );
}
