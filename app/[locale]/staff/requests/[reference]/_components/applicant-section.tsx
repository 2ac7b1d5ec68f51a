import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/localized";
import type { RequestDetail } from "@/lib/requests/workflow/get-request-detail";
import { kioskLabel } from "@/lib/requests/workflow/kiosk-label";
import { kioskPageConfig } from "@/lib/kiosk/page-config";
import { CitizenIdReveal } from "./citizen-id-reveal";
import { IdentityCheck } from "./identity-check";
import { formatDate } from "./format";

/** Who filed it, how to reach them, and how their identity was established. */
export async function ApplicantSection({ detail, locale }: { detail: RequestDetail; locale: Locale }) {
  const t = await getTranslations("workflow");
  const { applicant, identity } = detail;
  // The built-in kiosk's enrolled name is English: say it in the page's language.
  const kioskName = (name: string) => {
    const label = kioskLabel(name);
    return label.builtIn ? t("identity.builtInKiosk", { device: label.device }) : label.name;
  };
  const verified = identity.source === "card_chip" || identity.source === "online_login";
  const identityText =
    identity.source === "card_chip"
      ? identity.kioskName
        ? t("identity.card_chip", { kiosk: kioskName(identity.kioskName) })
        : t("identity.card_chip_unknown")
      : identity.source === "demo_card"
        ? t("identity.demo_card")
        : identity.source === "online_login"
        ? t("identity.online_login")
        : identity.source === "open311"
        ? t("identity.open311", { key: detail.sender?.keyName ?? "Open311" })
        : detail.channel === "online"
          ? t("identity.typed_online")
          : t("identity.typed");

  return (
    <section aria-labelledby="wf-applicant-heading">
      <h2 id="wf-applicant-heading">{t("applicant.heading")}</h2>
      {detail.complaint?.nameHidden ? <p className="wf-warning" data-testid="name-withheld">{t("applicant.withheld")}</p> : null}
      {applicant ? (
        <dl className="wf-list">
          <div>
            <dt>{t("applicant.name")}</dt>
            <dd>{applicant.name[locale]}</dd>
          </div>
          <div>
            <dt>{t("applicant.citizenId")}</dt>
            <dd>
              {!applicant.maskedCitizenId ? (
                t("applicant.none")
              ) : detail.canViewCitizenId ? (
                <CitizenIdReveal reference={detail.reference} locale={locale} masked={applicant.maskedCitizenId} />
              ) : (
                <span data-testid="citizen-id">{applicant.maskedCitizenId}</span>
              )}
            </dd>
          </div>
          <div>
            <dt>{t("applicant.phone")}</dt>
            <dd>{applicant.phone ? <a href={`tel:${applicant.phone}`}>{applicant.phone}</a> : t("applicant.none")}</dd>
          </div>
          <div>
            <dt>{t("applicant.address")}</dt>
            <dd>{applicant.address || t("applicant.none")}</dd>
          </div>
          {applicant.birthDate ? (
            <div>
              <dt>{t("applicant.birthDate")}</dt>
              <dd>{formatDate(applicant.birthDate, locale)}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t("identity.heading")}</dt>
            <dd className={verified ? "wf-identity wf-identity--verified" : "wf-identity wf-identity--typed"} data-testid="identity-source">
              {identityText}
            </dd>
          </div>
        </dl>
      ) : (
        <p className="wf-warning">{t("applicant.unreadable")}</p>
      )}
      {detail.canVerifyIdentity && applicant ? (
        <IdentityCheck
          reference={detail.reference}
          locale={locale}
          agentUrl={kioskPageConfig(process.env).agentUrl}
          texts={t.raw("identityCheck") as Record<string, string>}
        />
      ) : null}
    </section>
  );
}
