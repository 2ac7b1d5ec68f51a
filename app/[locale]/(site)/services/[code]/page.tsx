import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/localized";
import { findActiveService } from "@/lib/services/catalogue";
import { describeRule } from "@/lib/eligibility/describe";
import { conditionWording } from "@/lib/services/condition-wording";
import { orderedFields, type FormDefinition, type FormField } from "@/lib/services/form-definition";
import { PrintButton } from "@/app/_components/print-button";
import { ChannelBadges, feeText, processingText } from "@/app/_components/service-facts";

// Staff edit the catalogue at any time: read it on every request, never at build time.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale; code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, code } = await params;
  const service = await findActiveService(code);
  const t = await getTranslations({ locale, namespace: "manual" });
  if (!service) return { title: t("notFoundTitle") };
  return { title: `${service.name[locale]} – ${t("manualLabel")}`, description: service.description[locale] };
}

/** The public service manual (คู่มือสำหรับประชาชน) the Licensing Facilitation Act requires. */
export default async function ServiceManualPage({ params }: Props) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  const service = await findActiveService(code);
  if (!service) notFound();
  const t = await getTranslations("manual");
  const tc = await getTranslations("catalogue");
  const ts = await getTranslations("service");
  const tIntegrity = await getTranslations("integrity");
  const divisionName = locale === "th" ? service.division.nameTh : service.division.nameEn;
  const fields = orderedFields(service.form);

  return (
    <article className="manual">
      <nav aria-label={t("breadcrumb")} className="breadcrumb no-print">
        <Link href="/services">{tc("title")}</Link>
        <span aria-hidden="true"> › </span>
        <span aria-current="page">{service.name[locale]}</span>
      </nav>

      <p className="manual__kicker">{t("manualLabel")}</p>
      <h1>{service.name[locale]}</h1>
      <p className="lead">{service.description[locale]}</p>
      {service.kind === "complaint" ? (
        <p className="no-print">
          <Link href="/complaints/guideline">{t("complaintGuideline")}</Link>
        </p>
      ) : null}

      <dl className="facts">
        <div>
          <dt>{t("division")}</dt>
          <dd>{divisionName}</dd>
        </div>
        <div>
          <dt>{t("processingTime")}</dt>
          <dd>
            {processingText(service, ts)} ({ts(`basis_${service.processing.basis}`)})
            {service.processing.note ? <span className="facts__note">{service.processing.note[locale]}</span> : null}
          </dd>
        </div>
        <div>
          <dt>{t("fee")}</dt>
          <dd>
            {feeText(service, locale, ts)}
          </dd>
        </div>
        <div>
          <dt>{t("channels")}</dt>
          <dd>
            <ChannelBadges service={service} t={ts} />
          </dd>
        </div>
      </dl>

      <section aria-labelledby="criteria">
        <h2 id="criteria">{t("criteria")}</h2>
        <p className="prose">{service.criteria[locale]}</p>
        {service.eligibility.length > 0 ? (
          <>
            <p>{t("eligibilityLead")}</p>
            <ul data-testid="eligibility-rules">
              {service.eligibility.map((rule, index) => (
                <li key={index}>{describeRule(rule, service.form)[locale]}</li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section aria-labelledby="steps">
        <h2 id="steps">{t("steps")}</h2>
        <ol className="steps">
          {service.steps.map((step, index) => (
            <li key={index}>
              {step[locale]}
              {step.minutes ? <span className="steps__time"> ({t("stepMinutes", { minutes: step.minutes })})</span> : null}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="documents">
        <h2 id="documents">{t("documents")}</h2>
        {service.documents.length === 0 ? (
          <p className="explicit-none">{t("noDocuments")}</p>
        ) : (
          <ul>
            {service.documents.map((document, index) => (
              <li key={index}>{document[locale]}</li>
            ))}
          </ul>
        )}
        <p className="notice">{t("noCopies")}</p>
      </section>

      <section aria-labelledby="questions">
        <h2 id="questions">{t("questions")}</h2>
        {fields.length === 0 ? (
          <p>{t("noQuestions")}</p>
        ) : (
          <>
            <p>{t("questionsLead")}</p>
            <ul className="questions">
              {fields.map((field) => (
                <li key={field.key}>
                  <strong>{field.label[locale]}</strong>{" "}
                  <span className="questions__meta">
                    ({t(`fieldType_${field.type}`)}, {field.required ? t("required") : t("optional")})
                  </span>
                  {"choices" in field ? (
                    <span className="questions__choices">{field.choices.map((c) => c.label[locale]).join(" / ")}</span>
                  ) : null}
                  {field.help ? <span className="questions__help">{field.help[locale]}</span> : null}
                  <AskedWhen field={field} form={service.form} locale={locale} text={(question, answers) => t("askedWhen", { question, answers })} />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="how-to-apply">
        <h2 id="how-to-apply">{t("howToApply")}</h2>
        <ul>
          {service.channels.map((channel) => (
            <li key={channel}>
              {t(`apply_${channel}`)}
              {channel === "online" ? (
                <>
                  {" "}
                  <Link href={`/e-service/${service.code}`} className="no-print">
                    {t("fileOnline")}
                  </Link>
                </>
              ) : null}
            </li>
          ))}
        </ul>
        {service.channels.includes("online") ? <p className="manual__card-note">{t(`identityCheck_${service.identityCheck}`)}</p> : null}
      </section>

      <section aria-labelledby="legal-basis">
        <h2 id="legal-basis">{t("legalBasis")}</h2>
        <p className="prose">{service.legalBasis[locale]}</p>
      </section>

      <p className="complaint">{t("complaint")}</p>
      {/* The corruption-report channel, apart from this service and its complaints (issue 12). */}
      <p className="complaint">
        <Link href="/integrity">{tIntegrity("manualLink")}</Link>
      </p>
      <PrintButton label={t("print")} />
    </article>
  );
}

/** A conditional question's "asked only when ...", so "required" is read as "required then". */
function AskedWhen({ field, form, locale, text }: { field: FormField; form: FormDefinition; locale: Locale; text: (question: string, answers: string) => string }) {
  const wording = conditionWording(field, form);
  if (!wording) return null;
  return <span className="questions__help">{text(wording.question[locale], wording.answers.map((a) => a[locale]).join(" / "))}</span>;
}
