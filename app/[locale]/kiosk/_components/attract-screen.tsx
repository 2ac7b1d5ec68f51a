"use client";

import type { Notice, ReadProblem } from "@/lib/kiosk/flow";
import { CardIcon } from "./icons";
import { ScreenHeading } from "./screen-heading";
import type { KioskTexts, Locale } from "./texts";
import type { ReaderState } from "./use-agent";

type Props = {
  t: KioskTexts;
  /** The other language, shown beneath: the attract screen speaks to everyone. */
  alt: KioskTexts;
  altLocale: Locale;
  notice: Notice | null;
  problem: ReadProblem | null;
  reader: ReaderState;
};

const TROUBLE: ReaderState[] = ["agentDown", "noService", "noReader"];

export function AttractScreen({ t, alt, altLocale, notice, problem, reader }: Props) {
  const trouble = TROUBLE.includes(reader);
  const readError = problem === null ? null : ((t.readError as Record<string, string>)[problem] ?? t.readError.other);
  return (
    <section className="kiosk-attract">
      <CardIcon />
      <ScreenHeading>{t.attract.heading}</ScreenHeading>
      <p className="kiosk-attract__alt" lang={altLocale}>
        {alt.attract.heading}
      </p>
      <p className="kiosk-lead">{t.attract.lead}</p>

      {notice ? (
        <p className="kiosk-notice" role="status">
          {t.notice[notice]}
        </p>
      ) : null}
      {readError ? (
        <div className="kiosk-alert" role="alert">
          <p>{readError}</p>
          <p>{t.attract.readAgain}</p>
        </div>
      ) : null}

      {trouble ? (
        <div className="kiosk-alert kiosk-alert--reader">
          <p>{t.reader[reader as "agentDown"]}</p>
          <p lang={altLocale}>{alt.reader[reader as "agentDown"]}</p>
        </div>
      ) : reader === "cardPresent" && !readError && !notice ? (
        <p className="kiosk-hint kiosk-hint--strong">{t.attract.cardLeft}</p>
      ) : (
        <p className="kiosk-hint">{t.attract.hint}</p>
      )}
    </section>
  );
}

export function ReadingScreen({ t }: { t: KioskTexts }) {
  return (
    <section className="kiosk-reading" aria-busy="true">
      <div className="kiosk-spinner" aria-hidden="true" />
      <ScreenHeading>{t.reading.heading}</ScreenHeading>
      <p className="kiosk-lead">{t.reading.hint}</p>
    </section>
  );
}
