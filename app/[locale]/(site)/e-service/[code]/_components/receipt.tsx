"use client";

import type { Locale } from "@/lib/i18n/localized";
import type { OnlineFiled } from "@/lib/online/contract";

/** The confirmation: what a receipt at the kiosk gives, on the resident's own screen. */
export function Receipt({ filed, locale, texts }: { filed: OnlineFiled; locale: Locale; texts: Record<string, string> }) {
  const format = new Intl.DateTimeFormat(locale === "th" ? "th-TH-u-ca-buddhist" : "en-GB", { dateStyle: "long", timeZone: "UTC" });
  const day = (date: string) => format.format(new Date(`${date}T00:00:00Z`));
  return (
    <section className="online-receipt" aria-labelledby="receipt-heading">
      <h2 id="receipt-heading" tabIndex={-1}>{texts.filedTitle}</h2>
      <dl className="facts">
        <div>
          <dt>{texts.reference}</dt>
          <dd data-testid="reference">{filed.reference}</dd>
        </div>
        <div>
          <dt>{texts.due}</dt>
          <dd>{day(filed.dueDate)}</dd>
        </div>
        {filed.acknowledgeBy ? (
          <div>
            <dt>{texts.acknowledgeBy}</dt>
            <dd data-testid="acknowledge-by">{day(filed.acknowledgeBy)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{texts.division}</dt>
          <dd>{filed.division[locale]}</dd>
        </div>
        <div>
          <dt>{texts.trackingLink}</dt>
          <dd>
            <a href={filed.trackingUrl}>{filed.trackingUrl}</a>
          </dd>
        </div>
      </dl>
      {/* The server's own SVG (lib/requests/tracking-link.ts), never user input. */}
      <div className="online-receipt__qr" role="img" aria-label={texts.qrLabel} dangerouslySetInnerHTML={{ __html: filed.qrSvg }} />
      <p>{texts.keepLink}</p>
      <p className="notice">{texts[`identityCheck_${filed.identityCheck}`]}</p>
    </section>
  );
}
