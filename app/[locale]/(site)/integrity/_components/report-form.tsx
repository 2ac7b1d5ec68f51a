"use client";

import { startTransition, useActionState, useState, type FormEvent, type ReactNode } from "react";
import { sendIntegrityReport } from "../actions";
import type { SubmitState } from "../states";
import { solveChallenge } from "./solve-challenge";

export type ReportFormTexts = {
  submit: string;
  working: string;
  needsScript: string;
  receiptTitle: string;
  receiptLead: string;
  receiptAdvice: string;
  errors: Record<string, string>;
};

/**
 * The report form: fields rendered on the server (children); this adds only the proof of
 * work before sending and shows the answer in place, so the receipt code never enters a
 * URL or the browser's history.
 */
export function ReportForm({ challenge, bits, texts, children }: { challenge: string; bits: number; texts: ReportFormTexts; children: ReactNode }) {
  const [state, action, pending] = useActionState<SubmitState, FormData>(sendIntegrityReport, { status: "idle" });
  const [solving, setSolving] = useState(false);
  const current = state.status === "error" ? state.challenge : challenge;

  if (state.status === "sent") {
    return (
      <section aria-live="polite" className="integrity-receipt">
        <h2>{texts.receiptTitle}</h2>
        <p>{texts.receiptLead}</p>
        <p className="integrity-receipt__code" translate="no">
          {state.receiptCode}
        </p>
        <p className="notice">{texts.receiptAdvice}</p>
      </section>
    );
  }

  // Sent by hand rather than through <form action>: React resets a form after its action,
  // and a reporter who mistyped one field must not lose the whole account they wrote.
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setSolving(true);
    data.set("nonce", await solveChallenge(current, bits));
    setSolving(false);
    startTransition(() => action(data));
  }

  return (
    <form onSubmit={onSubmit} className="online-form">
      <input type="hidden" name="challenge" value={current} />
      <noscript>
        <p className="online-alert">{texts.needsScript}</p>
      </noscript>
      <div aria-live="assertive">
        {state.status === "error" ? (
          <div className="online-alert" role="alert">
            <p>{texts.errors[state.error] ?? texts.errors.unexpected}</p>
            {state.error === "invalid" ? (
              <ul>
                {state.issues.map((issue) => (
                  <li key={issue.path + issue.message}>{issue.message}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
      {children}
      <div className="online-form__actions">
        <button type="submit" className="online-form__primary" disabled={pending || solving}>
          {pending || solving ? texts.working : texts.submit}
        </button>
      </div>
    </form>
  );
}
