import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/localized";
import type { Service } from "@/lib/services/service-row";

/** "Within 7 working days" / "Same working day", as the manual states it. */
export async function ProcessingTime({ service }: { service: Service }) {
  const t = await getTranslations("service");
  const days = service.processing.workingDays;
  return <>{days === 0 ? t("processingSameDay") : t("processingDays", { days })}</>;
}

export async function FeeText({ service, locale }: { service: Service; locale: Locale }) {
  const t = await getTranslations("service");
  return <>{service.fee ? service.fee[locale] : t("noFee")}</>;
}

export async function ChannelBadges({ service }: { service: Service }) {
  const t = await getTranslations("service");
  return (
    <ul className="badges" aria-label={t("channelsLabel")}>
      {service.channels.map((channel) => (
        <li key={channel} className={`badge badge--${channel}`}>
          {t(`channel_${channel}`)}
        </li>
      ))}
    </ul>
  );
}
