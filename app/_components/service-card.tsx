import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/localized";
import type { Service } from "@/lib/services/service-row";
import { ChannelBadges, feeText, processingText, type ServiceTexts } from "./service-facts";

type Props = { service: Service; locale: Locale; t: ServiceTexts; labels: { processingTime: string; fee: string } };

export function ServiceCard({ service, locale, t, labels }: Props) {
  return (
    <li className="service-card">
      <h3 className="service-card__title">
        <Link href={`/services/${service.code}`}>{service.name[locale]}</Link>
      </h3>
      <p className="service-card__description">{service.description[locale]}</p>
      <dl className="service-card__facts">
        <div>
          <dt>{labels.processingTime}</dt>
          <dd>{processingText(service, t)}</dd>
        </div>
        <div>
          <dt>{labels.fee}</dt>
          <dd>{feeText(service, locale, t)}</dd>
        </div>
      </dl>
      <ChannelBadges service={service} t={t} />
    </li>
  );
}
