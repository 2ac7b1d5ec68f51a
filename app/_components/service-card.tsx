import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/localized";
import type { Service } from "@/lib/services/service-row";
import { ChannelBadges, FeeText, ProcessingTime } from "./service-facts";

export async function ServiceCard({ service, locale }: { service: Service; locale: Locale }) {
  const t = await getTranslations("manual");
  return (
    <li className="service-card">
      <h3 className="service-card__title">
        <Link href={`/services/${service.code}`}>{service.name[locale]}</Link>
      </h3>
      <p className="service-card__description">{service.description[locale]}</p>
      <dl className="service-card__facts">
        <div>
          <dt>{t("processingTime")}</dt>
          <dd>
            <ProcessingTime service={service} />
          </dd>
        </div>
        <div>
          <dt>{t("fee")}</dt>
          <dd>
            <FeeText service={service} locale={locale} />
          </dd>
        </div>
      </dl>
      <ChannelBadges service={service} />
    </li>
  );
}
