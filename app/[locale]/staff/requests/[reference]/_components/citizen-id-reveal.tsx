"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { revealCitizenIdAction } from "../actions";

/** 1-1017-00207-03-0: the layout printed on the card. */
function formatCitizenId(id: string): string {
  return /^\d{13}$/.test(id) ? `${id[0]}-${id.slice(1, 5)}-${id.slice(5, 10)}-${id.slice(10, 12)}-${id[12]}` : id;
}

/**
 * The masked citizen ID, and for staff allowed to see it a "show" button: each press asks
 * the server, which records the view in the audit log before answering. Never kept: hiding
 * it or leaving the page forgets it.
 */
export function CitizenIdReveal(props: { reference: string; locale: "th" | "en"; masked: string }) {
  const t = useTranslations("workflow");
  const [full, setFull] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const show = () =>
    startTransition(async () => {
      const result = await revealCitizenIdAction(props.reference, props.locale);
      if (result.ok) {
        setFull(result.citizenId);
        setError(null);
      } else setError(result.code);
    });

  return (
    <div className="wf-citizen-id">
      <span className="wf-citizen-id__value" data-testid="citizen-id">
        {full ? formatCitizenId(full) : props.masked}
      </span>
      {full ? (
        <button type="button" className="button button--secondary wf-small" onClick={() => setFull(null)}>
          {t("applicant.hide")}
        </button>
      ) : (
        <button type="button" className="button button--secondary wf-small" onClick={show} disabled={pending} aria-describedby="wf-citizen-id-hint">
          {t("applicant.show")}
        </button>
      )}
      <span id="wf-citizen-id-hint" className="wf-hint">
        {t("applicant.showHint")}
      </span>
      <span role="status" aria-live="polite" className="wf-citizen-id__status">
        {full ? t("applicant.shown") : error ? t(`errors.${error}`) : ""}
      </span>
    </div>
  );
}
