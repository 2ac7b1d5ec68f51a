"use client";

import type { ReactNode } from "react";
import type { FieldErrors } from "@/lib/admin/field-errors";
import { describedByIds, FieldFrame, inputId, useErrorText } from "./fields";

/** A labelled select with its error (the error is filed under the select's name). */
export function SelectField(props: {
  name: string;
  idPrefix?: string;
  label: ReactNode;
  value: string;
  options: readonly { value: string; label: string }[];
  errors: FieldErrors;
  hint?: ReactNode;
  placeholder?: string;
  onChange?: (value: string) => void;
}) {
  const errorText = useErrorText();
  const id = inputId(`${props.idPrefix ?? ""}${props.name}`);
  const error = errorText(props.errors[props.name]);
  const describedBy = describedByIds(id, props.hint, error);
  return (
    <FieldFrame id={id} label={props.label} hint={props.hint} error={error}>
      <select
        id={id}
        name={props.name}
        defaultValue={props.value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={props.onChange ? (event) => props.onChange!(event.target.value) : undefined}
      >
        {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** A group of checkboxes or radios sharing one name, with the group's error. */
export function ChoiceGroup(props: {
  name: string;
  idPrefix?: string;
  legend: ReactNode;
  type: "checkbox" | "radio";
  options: readonly { value: string; label: string }[];
  checked: readonly string[];
  errors: FieldErrors;
  errorKey?: string;
  hint?: ReactNode;
}) {
  const errorText = useErrorText();
  const id = inputId(`${props.idPrefix ?? ""}${props.name}`);
  const error = errorText(props.errors[props.errorKey ?? props.name]);
  return (
    <fieldset className={`admin-choices${error ? " admin-field--error" : ""}`} id={id} tabIndex={-1} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{props.legend}</legend>
      {props.hint ? <p className="admin-hint">{props.hint}</p> : null}
      {error ? (
        <p className="admin-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {props.options.map((option) => (
        <label key={option.value} className="admin-check">
          <input type={props.type} name={props.name} value={option.value} defaultChecked={props.checked.includes(option.value)} />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

/** One checkbox (posted as "on" when ticked). */
export function Checkbox({ name, label, checked, hint, idPrefix }: { name: string; label: ReactNode; checked: boolean; hint?: ReactNode; idPrefix?: string }) {
  const id = inputId(`${idPrefix ?? ""}${name}`);
  return (
    <div className="admin-check-row">
      <label className="admin-check" htmlFor={id}>
        <input type="checkbox" id={id} name={name} defaultChecked={checked} aria-describedby={hint ? `${id}-hint` : undefined} />
        {label}
      </label>
      {hint ? (
        <p className="admin-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}
