"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { WorkflowAction } from "@/lib/requests/state-machine";
import type { FormState } from "../form-state";

type Shared = { reference: string; locale: "th" | "en"; state: FormState; dispatch: (form: FormData) => void; pending: boolean };

/** One workflow action: a heading, what it does, its fields and its button. */
export function ActionForm(props: Shared & { action: WorkflowAction; children?: ReactNode; primary?: boolean; danger?: boolean }) {
  const t = useTranslations(`workflow.actions.${props.action}`);
  const working = useTranslations("workflow.actions")("working");
  const headingId = `wf-${props.action}-heading`;
  return (
    <form action={props.dispatch} className={`wf-form${props.danger ? " wf-form--danger" : ""}`} aria-labelledby={headingId} noValidate>
      <h3 id={headingId}>{t("heading")}</h3>
      <p className="wf-help" id={`wf-${props.action}-help`}>
        {t("help")}
      </p>
      <input type="hidden" name="action" value={props.action} />
      <input type="hidden" name="reference" value={props.reference} />
      <input type="hidden" name="locale" value={props.locale} />
      {props.children}
      <button type="submit" className={props.primary ? "button" : props.danger ? "button wf-button--danger" : "button button--secondary"} aria-disabled={props.pending || undefined} disabled={props.pending}>
        {props.pending ? working : t("submit")}
      </button>
    </form>
  );
}

/** A labelled field with its error beside it; keeps what was typed when the server refused it. */
export function Field(
  props: Shared & { action: WorkflowAction; name: string; multiline?: boolean; rows?: number; options?: { value: string; label: string }[] },
) {
  const t = useTranslations("workflow");
  const id = `wf-${props.action}-${props.name}`;
  const mine = props.state.action === props.action;
  const error = mine ? props.state.fields?.[props.name] : undefined;
  const typed = mine && props.state.status === "error" ? props.state.values?.[props.name] : undefined;
  const describedBy = [`wf-${props.action}-help`, error ? `${id}-error` : null].filter(Boolean).join(" ");
  const common = {
    id,
    name: props.name,
    defaultValue: typed ?? "",
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
  };
  // A fresh default after each answer to THIS form (React resets a form once its action
  // ends). Other forms keep their key: the page's refresh and the action's answer arrive
  // in separate renders, and re-keying every form wiped text typed in between.
  const key = mine ? `${id}-${props.state.at}` : id;
  return (
    <div className={`wf-field${error ? " wf-field--error" : ""}`}>
      <label htmlFor={id}>{t(`actions.${props.action}.${props.name}`)}</label>
      {props.options ? (
        <select key={key} {...common}>
          <option value="">{t(`actions.${props.action}.choose`)}</option>
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : props.multiline ? (
        <textarea key={key} {...common} rows={props.rows ?? 3} />
      ) : (
        <input key={key} {...common} type="text" />
      )}
      {error ? (
        <p className="wf-field__error" id={`${id}-error`}>
          {t(`fieldErrors.${error}`)}
        </p>
      ) : null}
    </div>
  );
}
