"use client";

import type { FilingResponse } from "@/lib/kiosk/contract";
import { fill, formatCalendarDate, formatInstant } from "@/lib/kiosk/format";
import { dueWording } from "@/lib/requests/due-wording";
import { ScreenHeading } from "./screen-heading";
import type { KioskTexts, Locale } from "./texts";

type Props = { t: KioskTexts; locale: Locale; receipt: FilingResponse; onDone: () => void };

function dueText(t: KioskTexts, locale: Locale, receipt: FilingResponse): string {
  const wording = dueWording(receipt, formatCalendarDate(receipt.dueDate, locale));
  return fill(t.receipt[wording.key], wording.values);
}

/**
 * The server's QR code (an SVG it made from the tracking URL; no QR library in the browser),
 * labelled as one image.
 */
function TrackingQr({ t, receipt, className }: { t: KioskTexts; receipt: FilingResponse; className: string }) {
  return (
    <div
      className={className}
      role="img"
      aria-label={fill(t.receipt.qrLabel, { reference: receipt.reference })}
      dangerouslySetInnerHTML={{ __html: receipt.qrSvg }}
    />
  );
}

export function ReceiptScreen({ t, locale, receipt, onDone }: Props) {
  const division = receipt.division[locale];
  return (
    <section className="kiosk-screen kiosk-receipt">
      <div className="kiosk-panel">
        <ScreenHeading>{t.receipt.heading}</ScreenHeading>
        <p className="kiosk-panel__reference">
          {t.receipt.reference} <strong>{receipt.reference}</strong>
        </p>
        {receipt.demoCard ? (
          <p className="kiosk-demo-note" data-testid="receipt-demo-card">
            {t.receipt.demoCard}
          </p>
        ) : null}
      </div>

      <div className="kiosk-receipt__grid">
        <div className="kiosk-ticket">
          <p className="kiosk-ticket__label">{t.receipt.ticket}</p>
          <p className="kiosk-ticket__number">{receipt.queueTicket}</p>
          <p className="kiosk-ticket__counter">{fill(t.receipt.counter, { division })}</p>
        </div>
        <figure className="kiosk-qr">
          <TrackingQr t={t} receipt={receipt} className="kiosk-qr__code" />
          <figcaption>{t.receipt.scanToTrack}</figcaption>
        </figure>
      </div>

      <dl className="kiosk-summary">
        <div>
          <dt>{t.receipt.service}</dt>
          <dd>{receipt.service[locale]}</dd>
        </div>
        <div>
          <dt>{t.receipt.due}</dt>
          <dd>{dueText(t, locale, receipt)}</dd>
        </div>
        {receipt.acknowledgeBy ? (
          <div>
            <dt>{t.receipt.acknowledgeBy}</dt>
            <dd>{formatCalendarDate(receipt.acknowledgeBy, locale)}</dd>
          </div>
        ) : null}
      </dl>

      <h2>{t.receipt.nextHeading}</h2>
      <ol className="kiosk-next">
        <li>{fill(t.receipt.next1, { division })}</li>
        <li>{t.receipt.next2}</li>
        <li>{t.receipt.next3}</li>
      </ol>

      <p className="kiosk-take-card" role="status">
        {t.receipt.takeCard}
      </p>

      <div className="kiosk-actions">
        <button type="button" className="kiosk-button kiosk-button--primary" onClick={() => window.print()}>
          {t.receipt.print}
        </button>
        <button type="button" className="kiosk-button" onClick={onDone}>
          {t.receipt.done}
        </button>
      </div>
    </section>
  );
}

/** The 80 mm slip: only the masked name, never the ID number, address or answers. Printed only. */
export function ReceiptSlip({ t, locale, receipt }: { t: KioskTexts; locale: Locale; receipt: FilingResponse }) {
  return (
    <div className="kiosk-slip" aria-hidden="true">
      <p className="kiosk-slip__org">{t.municipality}</p>
      <p className="kiosk-slip__title">{t.receipt.slipTitle}</p>
      {receipt.demoCard ? <p className="kiosk-slip__title">{t.receipt.demoCard}</p> : null}
      <p className="kiosk-slip__ticket-label">{t.receipt.ticket}</p>
      <p className="kiosk-slip__ticket">{receipt.queueTicket}</p>
      <p className="kiosk-slip__counter">{fill(t.receipt.counter, { division: receipt.division[locale] })}</p>
      <dl>
        <dt>{t.receipt.reference}</dt>
        <dd>{receipt.reference}</dd>
        <dt>{t.receipt.service}</dt>
        <dd>{receipt.service[locale]}</dd>
        <dt>{t.receipt.applicant}</dt>
        <dd>{receipt.maskedName[locale]}</dd>
        <dt>{t.receipt.filedAt}</dt>
        <dd>{formatInstant(receipt.filedAt, locale)}</dd>
        <dt>{t.receipt.due}</dt>
        <dd>{dueText(t, locale, receipt)}</dd>
        {receipt.acknowledgeBy ? (
          <>
            <dt>{t.receipt.acknowledgeBy}</dt>
            <dd>{formatCalendarDate(receipt.acknowledgeBy, locale)}</dd>
          </>
        ) : null}
      </dl>
      <TrackingQr t={t} receipt={receipt} className="kiosk-slip__qr" />
      <p className="kiosk-slip__small">{t.receipt.scanToTrack}</p>
      <p className="kiosk-slip__small">{t.receipt.keepSlip}</p>
    </div>
  );
}
