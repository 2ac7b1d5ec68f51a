"use client";

import { useActionState } from "react";
import { saveResultTemplate, type ResultTemplateState } from "./result-template-action";

export type ResultTemplateTexts = {
  heading: string;
  hint: string;
  th: string;
  en: string;
  save: string;
  saved: string;
  failed: string;
};

const IDLE: ResultTemplateState = { status: "idle", at: 0 };

/** The result letter / registration slip template of one service, both languages. */
export function ResultTemplateForm(props: { serviceId: number; th: string; en: string; defaults: { th: string; en: string }; texts: ResultTemplateTexts }) {
  const [state, action, pending] = useActionState(saveResultTemplate, IDLE);
  const { texts } = props;
  return (
    <section className="admin-section" aria-labelledby="result-template-heading">
      <h2 id="result-template-heading">{texts.heading}</h2>
      <p id="result-template-hint" className="admin-hint">
        {texts.hint}
      </p>
      <form action={action}>
        <input type="hidden" name="serviceId" value={props.serviceId} />
        <p>
          <label htmlFor="result-template-th">{texts.th}</label>
          <textarea id="result-template-th" name="templateTh" rows={8} maxLength={4000} defaultValue={props.th} placeholder={props.defaults.th} aria-describedby="result-template-hint" />
        </p>
        <p>
          <label htmlFor="result-template-en">{texts.en}</label>
          <textarea id="result-template-en" name="templateEn" rows={8} maxLength={4000} defaultValue={props.en} placeholder={props.defaults.en} aria-describedby="result-template-hint" />
        </p>
        <button type="submit" className="button" disabled={pending}>
          {texts.save}
        </button>
        <p role="status" aria-live="polite">
          {state.status === "saved" ? texts.saved : state.status === "error" ? texts.failed : null}
        </p>
      </form>
    </section>
  );
}
