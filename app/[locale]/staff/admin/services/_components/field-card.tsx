"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { FieldErrors } from "@/lib/admin/field-errors";
import { FILE_TYPES, emptyPair, type FieldDraft } from "@/lib/admin/service-draft";
import { FIELD_TYPES, type FieldType } from "@/lib/services/form-definition";
import { inputId, SubmitButton, TextField, TextPairField, useErrorText } from "../../_components/fields";
import { Checkbox, ChoiceGroup, SelectField } from "../../_components/choice-inputs";

type Props = {
  field: FieldDraft;
  index: number;
  count: number;
  errors: FieldErrors;
  locale: "th" | "en";
  open: boolean;
  /** The earlier choice and yes/no questions this one may depend on (showWhen). */
  sources: FieldDraft[];
};

/**
 * One question of the form. Collapsed to a one-line summary unless it is new or has a
 * problem; the type-specific settings follow the type picked (without JavaScript, after
 * the next button press).
 */
export function FieldCard({ field, index, count, errors, locale, open, sources }: Props) {
  const t = useTranslations("admin.editor");
  const [type, setType] = useState<FieldType>(field.type);
  const p = `fields.${index}`;
  const problems = Object.keys(errors).some((key) => key.startsWith(`${p}.`));
  const n = index + 1;
  return (
    <li className="field-card" id={`field-${index}`} tabIndex={-1}>
      <details open={open || problems}>
        <summary>
          <span className="field-card__title">
            {n}. {field.label[locale] || t("untitled")}
          </span>
          <span className="field-card__meta">
            {t(`type_${field.type}`)} · {field.required ? t("required") : t("optional")} · <code>{field.key}</code>
            {field.showWhen.field ? (
              <>
                {" "}
                · {t("conditional")} <code>{field.showWhen.field}</code>
              </>
            ) : null}
          </span>
          {problems ? <span className="admin-badge admin-badge--danger">{t("hasProblems")}</span> : null}
        </summary>
        <div className="field-card__body">
          <TextPairField name={`${p}.label`} legend={t("labels.label")} value={field.label} errors={errors} />
          <TextPairField name={`${p}.help`} legend={t("labels.help")} hint={t("helpHint")} value={field.help} errors={errors} />
          <div className="admin-grid-2">
            <SelectField
              name={`${p}.type`}
              label={t("labels.type")}
              value={field.type}
              options={FIELD_TYPES.map((value) => ({ value, label: t(`type_${value}`) }))}
              errors={errors}
              onChange={(value) => setType(value as FieldType)}
            />
            <TextField name={`${p}.key`} label={t("labels.key")} hint={t("keyHint")} defaultValue={field.key} errors={errors} maxLength={40} className="admin-field--mono" />
          </div>
          <Checkbox name={`${p}.required`} label={t("labels.required")} checked={field.required} />
          <TypeOptions type={type} field={field} p={p} index={index} errors={errors} />
          <ShowWhenEditor field={field} p={p} sources={sources} errors={errors} locale={locale} />
        </div>
      </details>
      <div className="admin-row__buttons">
        <SubmitButton variant="small" name="intent" value={`field.up:${index}`} disabled={index === 0} ariaLabel={t("moveUpN", { n })}>
          {t("up")}
        </SubmitButton>
        <SubmitButton variant="small" name="intent" value={`field.down:${index}`} disabled={index === count - 1} ariaLabel={t("moveDownN", { n })}>
          {t("down")}
        </SubmitButton>
        <SubmitButton variant="small" name="intent" value={`field.remove:${index}`} ariaLabel={t("removeQuestion", { n })}>
          {t("remove")}
        </SubmitButton>
      </div>
    </li>
  );
}

function TypeOptions({ type, field, p, index, errors }: { type: FieldType; field: FieldDraft; p: string; index: number; errors: FieldErrors }) {
  const t = useTranslations("admin.editor");
  const number = (name: keyof FieldDraft, hint?: string) => (
    <TextField name={`${p}.${name}`} label={t(`labels.${name}` as "labels.min")} hint={hint} type="number" defaultValue={String(field[name] ?? "")} errors={errors} className="admin-field--short" />
  );
  switch (type) {
    case "text":
      return (
        <div className="admin-grid-2">
          {number("maxLength", t("maxLengthHint", { standard: 200, max: 500 }))}
          <Checkbox name={`${p}.phone`} label={t("labels.phone")} checked={field.phone} />
        </div>
      );
    case "longtext":
      return number("maxLength", t("maxLengthHint", { standard: 2000, max: 5000 }));
    case "number":
      return (
        <>
          <div className="admin-grid-3">
            {number("min")}
            {number("max")}
            <Checkbox name={`${p}.integer`} label={t("labels.integer")} checked={field.integer} />
          </div>
          <TextPairField name={`${p}.unit`} legend={t("labels.unit")} value={field.unit} errors={errors} />
        </>
      );
    case "date":
      return (
        <div className="admin-grid-2">
          <Checkbox name={`${p}.notBeforeToday`} label={t("labels.notBeforeToday")} checked={field.notBeforeToday} />
          <Checkbox name={`${p}.notAfterToday`} label={t("labels.notAfterToday")} checked={field.notAfterToday} />
        </div>
      );
    case "single":
    case "multi":
      return <ChoicesEditor field={field} p={p} index={index} errors={errors} multi={type === "multi"} />;
    case "yesno":
      return null;
    case "file": {
      const accept = field.type === "file" ? field.accept : ["application/pdf"];
      return (
        <>
          <fieldset className={`admin-choices${errors[`${p}.accept`] ? " admin-field--error" : ""}`} id={`f-${p.replace(".", "-")}-accept`} tabIndex={-1}>
            <legend>{t("labels.accept")}</legend>
            {errors[`${p}.accept`] ? <p className="admin-error">{t("acceptRequired")}</p> : null}
            {FILE_TYPES.map((mime) => (
              <label key={mime} className="admin-check">
                <input type="checkbox" name={`${p}.accept`} value={mime} defaultChecked={accept.includes(mime)} />
                {t(`file_${mime.split("/")[1]}` as "file_pdf")}
              </label>
            ))}
          </fieldset>
          <div className="admin-grid-2">
            {number("maxFiles", t("maxFilesHint"))}
            {number("maxSizeMb", t("maxSizeHint"))}
          </div>
        </>
      );
    }
  }
}

function ChoicesEditor({ field, p, index, errors, multi }: { field: FieldDraft; p: string; index: number; errors: FieldErrors; multi: boolean }) {
  const t = useTranslations("admin.editor");
  const te = useTranslations("admin.errors");
  // A question just switched to a list type starts with two empty choices.
  const choices = field.choices.length > 0 ? field.choices : [{ value: "", label: emptyPair() }, { value: "", label: emptyPair() }];
  const listError = errors[`${p}.choices`];
  return (
    <fieldset className="admin-choices-editor" id={`f-${p.replace(".", "-")}-choices`} tabIndex={-1}>
      <legend>{t("labels.choices")}</legend>
      {listError ? <p className="admin-error">{te(listError.code, listError.params ?? {})}</p> : null}
      <ol className="admin-rows">
        {choices.map((choice, j) => (
          <li key={j} className="admin-row admin-row--choice">
            <TextField name={`${p}.choices.${j}.value`} label={t("labels.choiceValue")} hint={j === 0 ? t("choiceValueHint") : undefined} defaultValue={choice.value} errors={errors} maxLength={40} className="admin-field--mono admin-field--short" />
            <TextPairField name={`${p}.choices.${j}.label`} legend={t("choiceN", { n: j + 1 })} value={choice.label} errors={errors} />
            <div className="admin-row__buttons">
              <SubmitButton variant="small" name="intent" value={`choice.remove:${index}:${j}`} ariaLabel={t("removeChoice", { n: j + 1 })}>
                {t("remove")}
              </SubmitButton>
            </div>
          </li>
        ))}
      </ol>
      <SubmitButton variant="secondary" name="intent" value={`choice.add:${index}`}>
        {t("addChoice")}
      </SubmitButton>
      {multi ? (
        <TextField name={`${p}.maxSelected`} label={t("labels.maxSelected")} hint={t("maxSelectedHint")} type="number" defaultValue={field.maxSelected} errors={errors} className="admin-field--short" />
      ) : null}
    </fieldset>
  );
}

/**
 * "Ask only when": an earlier choice or yes/no question and the answers that call for this
 * one. The answers follow the question picked (without JavaScript, after the next button
 * press); a condition on a question no longer above this one stays visible, and is refused
 * on save, rather than being dropped unseen.
 */
function ShowWhenEditor({ field, p, sources, errors, locale }: { field: FieldDraft; p: string; sources: FieldDraft[]; errors: FieldErrors; locale: "th" | "en" }) {
  const t = useTranslations("admin.editor");
  const errorText = useErrorText();
  const [sourceKey, setSourceKey] = useState(field.showWhen.field);
  const source = sources.find((f) => f.key === sourceKey);
  const options = sources.map((f) => ({ value: f.key, label: `${f.label[locale] || t("untitled")} (${f.key})` }));
  const missing = sourceKey !== "" && !source;
  const answers = !source
    ? []
    : source.type === "yesno"
      ? [
          { value: "true", label: t("yes") },
          { value: "false", label: t("no") },
        ]
      : source.choices.filter((c) => c.value.trim() !== "").map((c) => ({ value: c.value, label: `${c.label[locale] || c.value} (${c.value})` }));
  const name = `${p}.showWhen`;
  const error = errorText(errors[name]);
  const kept = sourceKey === field.showWhen.field ? field.showWhen.values : [];
  return (
    <fieldset className={`admin-choices-editor${error ? " admin-field--error" : ""}`} id={inputId(name)} tabIndex={-1} aria-describedby={error ? `${inputId(name)}-error` : undefined}>
      <legend>{t("labels.showWhen")}</legend>
      <p className="admin-hint">{t("showWhenHint")}</p>
      {error ? (
        <p className="admin-error" id={`${inputId(name)}-error`}>
          {error}
        </p>
      ) : null}
      <SelectField
        name={`${name}.field`}
        label={t("showWhenQuestion")}
        value={sourceKey}
        placeholder={t("alwaysAsk")}
        options={missing ? [...options, { value: sourceKey, label: t("showWhenMissing", { key: sourceKey }) }] : options}
        errors={{}}
        hint={sources.length === 0 ? t("showWhenNoSources") : undefined}
        onChange={setSourceKey}
      />
      {source ? (
        <ChoiceGroup key={sourceKey} name={`${name}.in`} legend={t("showWhenAnswers")} type="checkbox" options={answers} checked={kept} errors={{}} />
      ) : missing ? (
        kept.map((value) => <input key={value} type="hidden" name={`${name}.in`} value={value} />)
      ) : null}
    </fieldset>
  );
}
