import "../e-service/e-service.css";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/localized";
import { lookUpRequest } from "./actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "track" });
  return { title: t("lookupTitle"), robots: { index: false } };
}

/** Follow a request without the link: its reference and the last 4 digits of the citizen ID. Works without JavaScript. */
export default async function TrackLookupPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const t = await getTranslations("track");
  const typed = typeof query.ref === "string" ? query.ref.slice(0, 40) : "";
  const wait = typeof query.wait === "string" ? Number(query.wait) || 60 : 60;
  const message = query.result === "none" ? t("lookupNone") : query.result === "limited" ? t("lookupLimited", { minutes: wait }) : null;

  return (
    <div className="narrow">
      <h1>{t("lookupTitle")}</h1>
      <p className="lead">{t("lookupLead")}</p>
      {message ? (
        <p className="online-alert" role="alert">
          {message}
        </p>
      ) : null}
      <form action={lookUpRequest} className="online-form track-lookup">
        <input type="hidden" name="locale" value={locale} />
        <div className="field">
          <label htmlFor="lookup-reference">{t("lookupReference")}</label>
          <p id="lookup-reference-help" className="field-help">
            {t("lookupReferenceHelp")}
          </p>
          <input id="lookup-reference" name="reference" type="text" required maxLength={40} autoComplete="off" defaultValue={typed} aria-describedby="lookup-reference-help" />
        </div>
        <div className="field">
          <label htmlFor="lookup-last4">{t("lookupLast4")}</label>
          <input id="lookup-last4" name="last4" type="text" inputMode="numeric" pattern="[0-9]{4}" required maxLength={4} autoComplete="off" />
        </div>
        <div className="online-form__actions">
          <button type="submit" className="online-form__primary">
            {t("lookupButton")}
          </button>
        </div>
      </form>
      <p className="notice">{t("lookupPrivacy")}</p>
    </div>
  );
}
