import "./satisfaction.css";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { surveyState } from "@/lib/survey/submit";

/**
 * "Rate our service", for a tracking page: shown only while the request is finished and
 * not yet rated, linking to its survey. Renders nothing otherwise.
 */
export async function SurveyInvitation({ token }: { token: string }) {
  if ((await surveyState(token)) !== "open") return null;
  const t = await getTranslations("survey.invite");
  return (
    <section className="survey-invite" aria-labelledby="survey-invite-heading">
      <h2 id="survey-invite-heading">{t("heading")}</h2>
      <p>{t("body")}</p>
      <p>
        <Link className="button" href={`/track/${token}/survey`}>
          {t("link")}
        </Link>
      </p>
    </section>
  );
}
