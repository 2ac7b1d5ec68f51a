"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import type { LocalizedText } from "@/lib/i18n/localized";
import type { WorkflowAction } from "@/lib/requests/state-machine";
import { workflowAction } from "../actions";
import { IDLE, type FormState } from "../form-state";
import { ActionForm, Field } from "./action-form";

export type ActionPanelProps = {
  reference: string;
  locale: "th" | "en";
  actions: WorkflowAction[];
  defectRequests: number;
  defectsNeedConfirmation: boolean;
  transferTargets: { code: string; name: LocalizedText }[];
};

/**
 * The actions allowed now, one form each. They share one action state, so the outcome is
 * announced (and focus lands on it) even when the form that sent it goes away because the
 * request moved on.
 */
export function ActionPanel(props: ActionPanelProps) {
  const t = useTranslations("workflow");
  const [state, dispatch, pending] = useActionState<FormState, FormData>(workflowAction, IDLE);
  const outcome = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.at) outcome.current?.focus();
  }, [state.at]);

  const common = { reference: props.reference, locale: props.locale, state, dispatch, pending };
  const has = (action: WorkflowAction) => props.actions.includes(action);
  const message =
    state.status === "ok" && state.action ? t(`actions.${state.action}.done`) : state.status === "error" ? t(`errors.${state.code ?? "unexpected"}`) : "";

  return (
    <section className="wf-actions" aria-labelledby="wf-actions-heading">
      <h2 id="wf-actions-heading">{t("actions.heading")}</h2>
      <div
        ref={outcome}
        tabIndex={-1}
        role={state.status === "error" ? "alert" : "status"}
        aria-live={state.status === "error" ? "assertive" : "polite"}
        className={`wf-outcome${state.status === "error" ? " wf-outcome--error" : state.status === "ok" ? " wf-outcome--ok" : ""}`}
      >
        {message}
      </div>
      {props.actions.length === 0 ? <p>{t("actions.none")}</p> : null}

      {has("accept") ? <ActionForm {...common} action="accept" primary /> : null}
      {has("resume") ? <ActionForm {...common} action="resume" primary /> : null}
      {has("complete") ? (
        <ActionForm {...common} action="complete">
          <Field {...common} action="complete" name="result" multiline />
        </ActionForm>
      ) : null}
      {has("recordDefects") ? (
        <ActionForm {...common} action="recordDefects">
          {props.defectsNeedConfirmation ? (
            <p className="wf-warning" id="wf-defects-warning">
              {t("actions.recordDefects.warning", { count: props.defectRequests })}
            </p>
          ) : null}
          <Field {...common} action="recordDefects" name="defects" multiline rows={4} />
          {props.defectsNeedConfirmation ? (
            <label className="wf-check">
              <input
                type="checkbox"
                name="confirmRepeat"
                aria-describedby="wf-defects-warning"
                defaultChecked={state.action === "recordDefects" && state.values?.confirmRepeat === "on"}
                key={`confirm-${state.at}`}
              />
              <span>{t("actions.recordDefects.confirm")}</span>
            </label>
          ) : null}
        </ActionForm>
      ) : null}
      {has("message") ? (
        <ActionForm {...common} action="message">
          <Field {...common} action="message" name="text" multiline />
        </ActionForm>
      ) : null}
      {has("note") ? (
        <ActionForm {...common} action="note">
          <Field {...common} action="note" name="text" multiline />
        </ActionForm>
      ) : null}
      {has("transfer") ? (
        <ActionForm {...common} action="transfer">
          <Field {...common} action="transfer" name="division" options={props.transferTargets.map((d) => ({ value: d.code, label: d.name[props.locale] }))} />
          <Field {...common} action="transfer" name="reason" multiline rows={2} />
        </ActionForm>
      ) : null}
      {has("merge") ? (
        <ActionForm {...common} action="merge">
          <Field {...common} action="merge" name="into" />
        </ActionForm>
      ) : null}
      {has("reject") ? (
        <ActionForm {...common} action="reject" danger>
          <Field {...common} action="reject" name="reason" multiline rows={2} />
        </ActionForm>
      ) : null}
    </section>
  );
}
