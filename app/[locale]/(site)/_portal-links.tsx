import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/**
 * The municipality's service portal on the home page: each of the things a resident or an
 * assessor comes for, as one large plain link with a line of explanation. Server-rendered
 * links only, no JavaScript, a single column on a phone.
 */
const PORTAL = [
  ["eService", "/e-service"],
  ["track", "/track"],
  ["complaint", "/e-service/GENERAL_COMPLAINT"],
  ["integrity", "/integrity"],
  ["manuals", "/services"],
  ["statistics", "/statistics"],
  ["ita", "/ita"],
] as const;

export async function PortalLinks() {
  const t = await getTranslations("transparency.portal");
  return (
    <nav aria-labelledby="portal-heading" className="portal">
      <h2 id="portal-heading">{t("heading")}</h2>
      <ul className="portal__list">
        {PORTAL.map(([key, href]) => (
          <li key={key}>
            <Link href={href} className="portal__link" data-portal={key}>
              <span className="portal__title">{t(`${key}.title`)}</span>
              <span className="portal__text">{t(`${key}.text`)}</span>
            </Link>
            {key === "complaint" ? (
              <Link href="/complaints/guideline" className="portal__more">
                {t("complaint.guideline")}
              </Link>
            ) : null}
          </li>
        ))}
      </ul>
    </nav>
  );
}
