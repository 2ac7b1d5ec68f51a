"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { attachScanAction, type ScanState } from "../scan-action";

const IDLE: ScanState = { status: "idle", at: 0 };

/** The officer's counter scan: one file, the same checks as a resident's upload. */
export function ScanUploadForm({ reference, locale }: { reference: string; locale: "th" | "en" }) {
  const t = useTranslations("files");
  const [state, dispatch, pending] = useActionState<ScanState, FormData>(attachScanAction, IDLE);
  const outcome = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.at) outcome.current?.focus();
  }, [state.at]);
  const error = state.status === "error";
  return (
    <form action={dispatch} className="wf-form" aria-labelledby="files-scan-heading" encType="multipart/form-data">
      <h3 id="files-scan-heading">{t("scan.heading")}</h3>
      <p className="wf-help" id="files-scan-help">
        {t("scan.help")}
      </p>
      <div ref={outcome} tabIndex={-1} role={error ? "alert" : "status"} aria-live={error ? "assertive" : "polite"} className={`wf-outcome${error ? " wf-outcome--error" : state.status === "ok" ? " wf-outcome--ok" : ""}`}>
        {state.status === "ok" ? t("scan.done") : error ? t(`errors.${state.code ?? "unexpected"}`) : ""}
      </div>
      <input type="hidden" name="reference" value={reference} />
      <input type="hidden" name="locale" value={locale} />
      <div className={`wf-field${error ? " wf-field--error" : ""}`}>
        <label htmlFor="files-scan-file">{t("scan.file")}</label>
        {/* The key changes after each answer, so a sent file is not offered again. */}
        <input key={state.at} id="files-scan-file" name="file" type="file" accept="image/jpeg,image/png,application/pdf" required aria-describedby="files-scan-help" aria-invalid={error || undefined} />
      </div>
      <button type="submit" className="button button--secondary" disabled={pending} aria-disabled={pending || undefined}>
        {pending ? t("scan.working") : t("scan.submit")}
      </button>
    </form>
  );
}
