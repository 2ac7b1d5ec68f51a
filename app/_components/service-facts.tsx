import type { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/localized";
import type { Service } from "@/lib/services/service-row";

/**
 * Facts shown wherever a service appears. Plain functions over a translator the page
 * loads once: the catalogue renders dozens of cards, and an async component per fact
 * made each page several times slower.
 */
export type ServiceTexts = Awaited<ReturnType<typeof getTranslations<"service">>>;

/** "Within 7 working days" / "Same working day", as the manual states it. */
export function processingText(service: Service, t: ServiceTexts): string {
  const days = service.processing.workingDays;
  return days === 0 ? t("processingSameDay") : t("processingDays", { days });
}

export function feeText(service: Service, locale: Locale, t: ServiceTexts): string {
  return service.fee ? service.fee[locale] : t("noFee");
}

export function ChannelBadges({ service, t }: { service: Service; t: ServiceTexts }) {
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
