import "../e-service/e-service.css";
import "./integrity.css";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { INTEGRITY_CATEGORIES } from "@/lib/integrity/content";
import { POW_BITS } from "@/lib/integrity/proof-of-work";
import { recipientChoices } from "@/lib/integrity/recipient-choices";
import { issueSubmissionChallenge } from "@/lib/integrity/submit-report";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/localized";
import { ReportForm } from "./_components/report-form";
import { SafetyAdvice } from "./_components/safety-advice";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "integrity" });
  return { title: t("title"), robots: { index: false }, referrer: "no-referrer" };
}

/** The corruption-report form (lib/integrity): rendered on the server; the client adds the proof of work. */
export default async function IntegrityPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("integrity");
  const { recipients, divisions } = await recipientChoices(locale);
  const errorKeys = ["throttled", "proofOfWork", "noRecipient", "unknownDivision", "invalid", "file", "unexpected"] as const;

  return (
    <div className="narrow integrity">
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <SafetyAdvice />
      <ul className="integrity-links">
        <li>
          <Link href="/integrity/follow">{t("followLink")}</Link>
        </li>
        <li>
          <Link href="/integrity/guideline">{t("guidelineLink")}</Link>
        </li>
        <li>
          <Link href="/integrity/recipient">{t("recipientLink")}</Link>
        </li>
      </ul>
      <h2>{t("formTitle")}</h2>
      <ReportForm
        challenge={issueSubmissionChallenge()}
        bits={POW_BITS}
        texts={{
          submit: t("submit"),
          working: t("working"),
          needsScript: t("needsScript"),
          receiptTitle: t("receiptTitle"),
          receiptLead: t("receiptLead"),
          receiptAdvice: t("receiptAdvice"),
          errors: Object.fromEntries(errorKeys.map((key) => [key, t(`errors.${key}`)])),
        }}
      >
        <div className="field">
          <label htmlFor="ir-category">{t("category")}</label>
          <select id="ir-category" name="category" required defaultValue="">
            <option value="" disabled />
            {INTEGRITY_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`categories.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="ir-what">{t("what")}</label>
          <p id="ir-what-help" className="field-help">
            {t("whatHelp")}
          </p>
          <textarea id="ir-what" name="what" required minLength={10} maxLength={20000} rows={8} aria-describedby="ir-what-help" />
        </div>
        {(["when", "where", "who"] as const).map((name) => (
          <div className="field" key={name}>
            <label htmlFor={`ir-${name}`}>{t(name)}</label>
            <input id={`ir-${name}`} name={name} type="text" maxLength={name === "who" ? 2000 : 500} autoComplete="off" />
          </div>
        ))}
        <div className="field">
          <label htmlFor="ir-accused">{t("accused")}</label>
          <p id="ir-accused-help" className="field-help">
            {t("accusedHelp")}
          </p>
          <select id="ir-accused" name="accusedDivisionCode" defaultValue="" aria-describedby="ir-accused-help">
            <option value="">{t("accusedNone")}</option>
            {divisions.map((d) => (
              <option key={d.code} value={d.code}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
        {recipients.length > 1 ? (
          <fieldset>
            <legend>{t("exclude")}</legend>
            {recipients.map((r) => (
              <label className="field-choice" key={r.id}>
                <input type="checkbox" name="exclude" value={r.id} /> {r.name}
                {r.division ? ` (${r.division})` : ""}
              </label>
            ))}
          </fieldset>
        ) : null}
        <fieldset>
          <legend>{t("identity")}</legend>
          <label className="field-choice">
            <input type="radio" name="identity" value="anonymous" defaultChecked /> {t("anonymous")}
          </label>
          <label className="field-choice">
            <input type="radio" name="identity" value="confidential" /> {t("confidential")}
          </label>
          {(["contactName", "contactPhone", "contactEmail"] as const).map((name) => (
            <div className="field" key={name}>
              <label htmlFor={`ir-${name}`}>{t(name)}</label>
              <input id={`ir-${name}`} name={name} type="text" maxLength={200} autoComplete="off" />
            </div>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="ir-files">{t("files")}</label>
          <input id="ir-files" name="files" type="file" multiple accept="image/jpeg,image/png,application/pdf" />
        </div>
      </ReportForm>
    </div>
  );
}
