"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import type { FieldError, FieldErrors } from "@/lib/admin/field-errors";

/** Field errors as the reader's language words them (messages/admin.*.json, errors.*). */
export function useErrorText(): (error: FieldError | undefined) => string | null {
  const t = useTranslations("admin.errors");
  return (error) => (error ? t(error.code, error.params ?? {}) : null);
}

/** A form input's id from its name ("fields.2.label.th" -> "f-fields-2-label-th"). */
export const inputId = (name: string) => `f-${name.replace(/[^a-zA-Z0-9]+/g, "-")}`;

type InputProps = {
  name: string;
  /** Several forms on one page: makes the input's id unique ("k3-" + name). */
  idPrefix?: string;
  label: ReactNode;
  defaultValue?: string;
  errors?: FieldErrors;
  /** The key the error is filed under, when it differs from the name. */
  errorKey?: string;
  hint?: ReactNode;
  multiline?: boolean;
  rows?: number;
  type?: "text" | "number" | "date" | "password";
  inputMode?: "numeric" | "text";
  autoComplete?: string;
  autoFocus?: boolean;
  className?: string;
  lang?: string;
  maxLength?: number;
  readOnly?: boolean;
};

/** The ids a field's aria-describedby lists: its hint and its error, when shown. */
export function describedByIds(id: string, hint: ReactNode, error: string | null): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

/** A field's label, hint and error around its control, with the ids describedByIds() names. */
export function FieldFrame(props: { id: string; label: ReactNode; hint?: ReactNode; error: string | null; className?: string; children: ReactNode }) {
  return (
    <div className={`admin-field${props.error ? " admin-field--error" : ""}${props.className ? ` ${props.className}` : ""}`}>
      <label htmlFor={props.id}>{props.label}</label>
      {props.hint ? (
        <p className="admin-hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p className="admin-error" id={`${props.id}-error`}>
          {props.error}
        </p>
      ) : null}
      {props.children}
    </div>
  );
}

/** A labelled input with its hint and error, tied together for screen readers. */
export function TextField(props: InputProps) {
  const errorText = useErrorText();
  const id = inputId(`${props.idPrefix ?? ""}${props.name}`);
  const error = errorText(props.errors?.[props.errorKey ?? props.name]);
  const describedBy = describedByIds(id, props.hint, error);
  const common = {
    id,
    name: props.name,
    defaultValue: props.defaultValue,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
    autoFocus: props.autoFocus,
    lang: props.lang,
    maxLength: props.maxLength,
    readOnly: props.readOnly,
  };
  return (
    <FieldFrame id={id} label={props.label} hint={props.hint} error={error} className={props.className}>
      {props.multiline ? (
        <textarea rows={props.rows ?? 3} {...common} />
      ) : (
        <input type={props.type ?? "text"} inputMode={props.inputMode} autoComplete={props.autoComplete ?? "off"} {...common} />
      )}
    </FieldFrame>
  );
}

type PairProps = {
  name: string;
  legend: ReactNode;
  value?: { th: string; en: string };
  errors?: FieldErrors;
  /** Where errors for this pair are filed, when it differs from name. */
  errorKey?: string;
  hint?: ReactNode;
  multiline?: boolean;
  rows?: number;
  autoFocus?: boolean;
};

/** The same text in Thai and English, side by side (Thai first). */
export function TextPairField(props: PairProps) {
  const t = useTranslations("admin.common");
  const errorKey = props.errorKey ?? props.name;
  return (
    <fieldset className="admin-pair">
      <legend>{props.legend}</legend>
      {props.hint ? <p className="admin-hint">{props.hint}</p> : null}
      <div className="admin-pair__inputs">
        <TextField
          name={`${props.name}.th`}
          errorKey={`${errorKey}.th`}
          label={t("thai")}
          lang="th"
          defaultValue={props.value?.th}
          errors={props.errors}
          multiline={props.multiline}
          rows={props.rows}
          autoFocus={props.autoFocus}
        />
        <TextField
          name={`${props.name}.en`}
          errorKey={`${errorKey}.en`}
          label={t("english")}
          lang="en"
          defaultValue={props.value?.en}
          errors={props.errors}
          multiline={props.multiline}
          rows={props.rows}
        />
      </div>
    </fieldset>
  );
}

type ButtonProps = {
  children: ReactNode;
  name?: string;
  value?: string;
  variant?: "primary" | "secondary" | "danger" | "small";
  formNoValidate?: boolean;
  ariaLabel?: string;
  disabled?: boolean;
};

/** A submit button that says it is busy while its form is being sent. */
export function SubmitButton({ children, name, value, variant = "primary", formNoValidate, ariaLabel, disabled }: ButtonProps) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      className={`admin-button admin-button--${variant}`}
      name={name}
      value={value}
      formNoValidate={formNoValidate}
      aria-label={ariaLabel}
      aria-disabled={pending || disabled || undefined}
      disabled={disabled}
      onClick={(event) => {
        if (pending) event.preventDefault();
      }}
    >
      {children}
    </button>
  );
}

const PROBLEMS = ["invalid", "forbidden", "not_found", "changed_meanwhile", "self", "last_admin", "unexpected"] as const;
type Problem = (typeof PROBLEMS)[number];
const problem = (code: string | undefined): Problem => ((PROBLEMS as readonly string[]).includes(code ?? "") ? (code as Problem) : "unexpected");

/** "Saved", or what went wrong, announced to screen readers. */
export function FormStatus({ status, code, savedText }: { status: "idle" | "saved" | "error"; code?: string; savedText?: string }) {
  const t = useTranslations("admin.problems");
  const tc = useTranslations("admin.common");
  return (
    <p className={`admin-status admin-status--${status}`} role="status" aria-live="polite">
      {status === "saved" ? (savedText ?? tc("saved")) : status === "error" ? t(problem(code)) : ""}
    </p>
  );
}
