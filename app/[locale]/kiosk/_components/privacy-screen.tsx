"use client";

import { fill } from "@/lib/kiosk/format";
import { ScreenHeading } from "./screen-heading";
import type { KioskTexts } from "./texts";

/** PDPA s.23: what, why, who, how long and the resident's rights, before anything is asked. */
export function PrivacyScreen({ t, name, maskedId, onAcknowledge }: { t: KioskTexts; name: string; maskedId: string; onAcknowledge: () => void }) {
  const p = t.privacy;
  const items: [string, string][] = [
    [p.whatHeading, p.what],
    [p.whyHeading, p.why],
    [p.whoHeading, p.who],
    [p.keepHeading, p.keep],
    [p.rightsHeading, p.rights],
  ];
  return (
    <section className="kiosk-screen">
      <p className="kiosk-welcome">
        {fill(t.identity.welcome, { name })}
        <span className="kiosk-welcome__id">
          {t.identity.citizenId} {maskedId}
        </span>
      </p>
      <ScreenHeading>{p.heading}</ScreenHeading>
      <p className="kiosk-lead">{p.intro}</p>
      <dl className="kiosk-privacy">
        {items.map(([heading, text]) => (
          <div key={heading} className="kiosk-privacy__item">
            <dt>{heading}</dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
      <div className="kiosk-actions kiosk-actions--sticky">
        <button type="button" className="kiosk-button kiosk-button--primary" onClick={onAcknowledge}>
          {p.acknowledge}
        </button>
      </div>
    </section>
  );
}
