import "./survey.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { getTracking } from "@/lib/requests/get-tracking";
import { MAX_COMMENT_LENGTH, QUESTIONS, RATINGS, SCALE, SURVEY_DIMENSIONS } from "@/lib/survey/questions";
import { surveyState } from "@/lib/survey/submit";
import { SurveyForm, type SurveyFormTexts } from "./survey-form";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: Locale; token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "survey.form" });
  // "same-origin", not "no-referrer": a form posted without JavaScript then still carries its Origin (server/request-gate.ts refuses "null"), and other sites still never see the token.
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "same-origin" };
}

/**
 * The satisfaction survey for a finished request, reached from its tracking page (and so
 * from the receipt's QR code). Anyone holding the tracking link may answer, once.
 */
export default async function SurveyPage({ params, searchParams }: Props) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const [state, view] = await Promise.all([surveyState(token), getTracking(token)]);
  if (!state || !view) notFound();
  const t = await getTranslations("survey.form");
  const sent = (await searchParams).sent === "1";
  const back = (
    <p>
      <Link href={`/track/${token}`}>{t("back")}</Link>
    </p>
  );

  if (state !== "open") {
    const [heading, body] = state === "not_finished" ? [t("notFinished"), t("notFinishedBody")] : sent ? [t("thanks"), t("thanksBody")] : [t("answered"), t("answeredBody")];
    return (
      <article className="survey narrow">
        <p className="manual__kicker">{t("kicker")}</p>
        <h1>{heading}</h1>
        <p className="lead" role={sent ? "status" : undefined}>
          {body}
        </p>
        {back}
        {state === "answered" ? (
          <p>
            <Link href="/satisfaction">{t("summaryLink")}</Link>
          </p>
        ) : null}
      </article>
    );
  }

  const texts: SurveyFormTexts = {
    questions: Object.fromEntries(SURVEY_DIMENSIONS.map((d) => [d, QUESTIONS[d][locale]])) as SurveyFormTexts["questions"],
    options: Object.fromEntries(RATINGS.map((r) => [r, SCALE[r][locale]])) as SurveyFormTexts["options"],
    comment: t("comment"),
    commentHelp: t("commentHelp", { max: MAX_COMMENT_LENGTH }),
    submit: t("submit"),
    errorSummary: t("errorSummary"),
    throttled: t("throttled"),
    failed: t("failed"),
    errors: { required: t("errors.required"), invalid: t("errors.invalid"), tooLong: t("errors.tooLong", { max: MAX_COMMENT_LENGTH }) },
  };
  return (
    <article className="survey narrow">
      <p className="manual__kicker">{t("kicker")}</p>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro", { reference: view.reference, service: view.service[locale] })}</p>
      <p className="notice">{t("anonymous")}</p>
      <SurveyForm token={token} locale={locale} texts={texts} />
      {back}
    </article>
  );
}
