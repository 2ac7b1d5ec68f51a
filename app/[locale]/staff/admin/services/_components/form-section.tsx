"use client";

import { useTranslations } from "next-intl";
import type { FieldErrors } from "@/lib/admin/field-errors";
import type { ServiceDraft } from "@/lib/admin/service-draft";
import { DIVISION_CODES } from "@/lib/services/divisions";
import { FIELD_TYPES } from "@/lib/services/form-definition";
import { SubmitButton, useErrorText } from "../../_components/fields";
import type { DivisionOption } from "../_lib/editor-state";
import { FieldCard } from "./field-card";
import { SelectField } from "../../_components/choice-inputs";

type Props = { draft: ServiceDraft; errors: FieldErrors; locale: "th" | "en"; openField?: number };

/** The questions residents answer (never who they are: the card or identity step gives that). */
export function FormFieldsSection({ draft, errors, locale, openField }: Props) {
  const t = useTranslations("admin.editor");
  const errorText = useErrorText();
  return (
    <section className="admin-card" aria-labelledby="fields-heading">
      <h2 id="fields-heading" tabIndex={-1}>
        {t("labels.fields")}
      </h2>
      <p className="admin-hint">{t("fieldsHint")}</p>
      {errors.fields ? (
        <p className="admin-error" id="f-fields" tabIndex={-1}>
          {errorText(errors.fields)}
        </p>
      ) : null}
      {draft.fields.length === 0 ? <p className="admin-empty">{t("noFields")}</p> : null}
      <ol className="field-list">
        {draft.fields.map((field, index) => (
          <FieldCard
            key={index}
            field={field}
            index={index}
            count={draft.fields.length}
            errors={errors}
            locale={locale}
            open={index === openField}
            sources={draft.fields.slice(0, index).filter((f) => (f.type === "single" || f.type === "multi" || f.type === "yesno") && f.key.trim() !== "")}
          />
        ))}
      </ol>
      <div className="admin-add-row">
        <div className="admin-field">
          <label htmlFor="new-field-type">{t("newFieldType")}</label>
          <select id="new-field-type" name="newFieldType" defaultValue="text">
            {FIELD_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`type_${type}`)}
              </option>
            ))}
          </select>
        </div>
        <SubmitButton variant="secondary" name="intent" value="field.add">
          {t("addQuestion")}
        </SubmitButton>
      </div>
    </section>
  );
}

/** Answers that send a filing straight to another division (the first matching rule wins). */
export function RoutingSection({ draft, errors, locale, divisions }: Props & { divisions: DivisionOption[] }) {
  const t = useTranslations("admin.editor");
  const conditions = draft.fields.flatMap((field) => {
    const question = field.label[locale] || field.key;
    if (field.type === "yesno") {
      return [
        { value: `${field.key}=true`, label: `${question}: ${t("yes")}` },
        { value: `${field.key}=false`, label: `${question}: ${t("no")}` },
      ];
    }
    if (field.type === "single" || field.type === "multi") {
      return field.choices.map((choice) => ({ value: `${field.key}=${choice.value}`, label: `${question}: ${choice.label[locale] || choice.value}` }));
    }
    return [];
  });
  const divisionName = (code: string) => {
    const division = divisions.find((d) => d.code === code);
    return division ? (locale === "th" ? division.nameTh : division.nameEn) : code;
  };
  return (
    <section className="admin-card" aria-labelledby="routing-heading">
      <h2 id="routing-heading" tabIndex={-1}>
        {t("labels.routing")}
      </h2>
      <p className="admin-hint">{t("routingHint")}</p>
      {draft.routing.length === 0 ? <p className="admin-empty">{t("noRules")}</p> : null}
      <ol className="admin-rows">
        {draft.routing.map((rule, i) => {
          const when = rule.field ? `${rule.field}=${rule.equals}` : "";
          // A rule on a question or answer that no longer exists stays visible (and is refused on save).
          const options = when && !conditions.some((c) => c.value === when) ? [...conditions, { value: when, label: t("unknownCondition", { when }) }] : conditions;
          return (
            <li key={i} className="admin-row">
              <div className="admin-grid-2">
                <SelectField name={`routing.${i}.when`} label={t("ruleWhenN", { n: i + 1 })} value={when} placeholder={t("choose")} options={options} errors={errors} />
                <SelectField
                  name={`routing.${i}.division`}
                  label={t("labels.ruleDivision")}
                  value={rule.division}
                  placeholder={t("choose")}
                  options={DIVISION_CODES.map((code) => ({ value: code, label: divisionName(code) }))}
                  errors={errors}
                />
              </div>
              <div className="admin-row__buttons">
                <SubmitButton variant="small" name="intent" value={`rule.remove:${i}`} ariaLabel={t("removeRule", { n: i + 1 })}>
                  {t("remove")}
                </SubmitButton>
              </div>
            </li>
          );
        })}
      </ol>
      <SubmitButton variant="secondary" name="intent" value="rule.add" disabled={conditions.length === 0}>
        {t("addRule")}
      </SubmitButton>
      {conditions.length === 0 ? <p className="admin-hint">{t("rulesNeedChoices")}</p> : null}
    </section>
  );
}
