import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { listActiveServices } from "@/lib/services/catalogue";

type Services = Awaited<ReturnType<typeof listActiveServices>>;

/**
 * Below the online services: which services a resident can also file at the kiosk and at
 * the counter, each linked to its manual (the assessment's E-Service item asks where each
 * service is offered). Plain lists: no JavaScript.
 */
export async function OtherChannels({ services, locale }: { services: Services; locale: Locale }) {
  const t = await getTranslations("transparency.eServicePage");
  return (
    <section aria-labelledby="channels-heading" className="e-service__channels">
      <h2 id="channels-heading">{t("channelsHeading")}</h2>
      <p>{t("channelsLead")}</p>
      {(["online", "kiosk", "counter"] as const).map((channel) => {
        const offered = services.filter((s) => s.channels.includes(channel));
        return (
          <section key={channel} className="e-service__channel" aria-labelledby={`channel-${channel}`}>
            <h3 id={`channel-${channel}`}>{t(`channel.${channel}`, { count: offered.length })}</h3>
            <ul>
              {offered.map((s) => (
                <li key={s.code}>
                  <Link href={`/services/${s.code}`}>{s.name[locale]}</Link>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
