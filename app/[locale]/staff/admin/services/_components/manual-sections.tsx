"use client";

import { useTranslations } from "next-intl";
import type { FieldErrors } from "@/lib/admin/field-errors";
import type { ServiceDraft } from "@/lib/admin/service-draft";
import { CATEGORIES, CATEGORY_CODES } from "@/lib/services/categories";
import { CHANNELS } from "@/lib/services/channels";
import { IDENTITY_CHECKS, LOCATION_NEEDS, SERVICE_KINDS } from "@/lib/services/service-choices";
import { TextField, TextPairField } from "../../_components/fields";
import type { DivisionOption } from "../_lib/editor-state";
import { Checkbox, ChoiceGroup, SelectField } from "../../_components/choice-inputs";

type Props = { draft: ServiceDraft; errors: FieldErrors; locale: "th" | "en" };

/** What the service is, who handles it, and whether residents see it. */
export function GeneralSection({ draft, errors, locale, divisions, codeFixed }: Props & { divisions: DivisionOption[]; codeFixed: boolean }) {
  const t = useTranslations("admin.editor");
  return (
    <section className="admin-card" aria-labelledby="general-heading">
      <h2 id="general-heading">{t("general")}</h2>
      <TextField
        name="code"
        label={t("labels.code")}
        hint={codeFixed ? t("codeFixedHint") : t("codeHint")}
        defaultValue={draft.code}
        errors={errors}
        readOnly={codeFixed}
        maxLength={40}
        className="admin-field--mono"
      />
      <TextPairField name="name" legend={t("labels.name")} value={draft.name} errors={errors} />
      <TextPairField name="description" legend={t("labels.description")} value={draft.description} errors={errors} multiline />
      <div className="admin-grid-2">
        <SelectField
          name="division"
          label={t("labels.division")}
          value={draft.division}
          placeholder={t("choose")}
          options={divisions.map((d) => ({ value: d.code, label: locale === "th" ? d.nameTh : d.nameEn }))}
          errors={errors}
        />
        <SelectField
          name="category"
          label={t("labels.category")}
          value={draft.category}
          placeholder={t("choose")}
          options={CATEGORY_CODES.map((code) => ({ value: code, label: CATEGORIES[code][locale] }))}
          errors={errors}
        />
      </div>
      <TextField name="keywords" label={t("labels.keywords")} hint={t("keywordsHint")} defaultValue={draft.keywords} errors={errors} multiline rows={3} />
      <Checkbox name="active" label={t("labels.active")} hint={t("activeHint")} checked={draft.active} />
    </section>
  );
}

/** The public manual's facts: time, fee, who may apply, the law, how to apply. */
export function ManualSection({ draft, errors }: Props) {
  const t = useTranslations("admin.editor");
  return (
    <section className="admin-card" aria-labelledby="manual-heading">
      <h2 id="manual-heading">{t("manual")}</h2>
      <div className="admin-grid-2">
        <TextField name="workingDays" label={t("labels.workingDays")} hint={t("workingDaysHint")} type="number" inputMode="numeric" defaultValue={draft.workingDays} errors={errors} className="admin-field--short" />
        <ChoiceGroup
          name="basis"
          type="radio"
          legend={t("labels.basis")}
          options={[
            { value: "statutory", label: t("basis_statutory") },
            { value: "service_level", label: t("basis_service_level") },
          ]}
          checked={[draft.basis]}
          errors={errors}
        />
      </div>
      <TextPairField name="note" legend={t("labels.note")} hint={t("noteHint")} value={draft.note} errors={errors} />
      <fieldset className="admin-choices">
        <legend>{t("labels.fee")}</legend>
        <label className="admin-check">
          <input type="radio" name="feeMode" value="none" defaultChecked={!draft.charged} />
          {t("noFee")}
        </label>
        <label className="admin-check">
          <input type="radio" name="feeMode" value="charged" defaultChecked={draft.charged} />
          {t("charged")}
        </label>
      </fieldset>
      {/* Always shown (no client code): the text counts only when "a fee is charged" is picked. */}
      <TextPairField name="fee" legend={t("feeText")} hint={t("feeHint")} value={draft.fee} errors={errors} multiline />
      <TextPairField name="criteria" legend={t("labels.criteria")} value={draft.criteria} errors={errors} multiline />
      <TextField name="eligibility" label={t("labels.eligibility")} hint={t("eligibilityHint")} defaultValue={draft.eligibility} errors={errors} multiline rows={8} className="admin-field--mono" />
      <TextPairField name="legalBasis" legend={t("labels.legalBasis")} value={draft.legalBasis} errors={errors} multiline />
      <ChoiceGroup
        name="channels"
        type="checkbox"
        legend={t("labels.channels")}
        options={CHANNELS.map((channel) => ({ value: channel, label: t(`channel_${channel}`) }))}
        checked={draft.channels}
        errors={errors}
      />
      <ChoiceGroup
        name="kind"
        type="radio"
        legend={t("labels.kind")}
        options={SERVICE_KINDS.map((value) => ({ value, label: t(`kind_${value}`) }))}
        checked={[draft.kind]}
        errors={errors}
      />
      <TextField name="acknowledgeWorkingDays" label={t("labels.acknowledgeWorkingDays")} hint={t("acknowledgeHint")} type="number" inputMode="numeric" defaultValue={draft.acknowledgeWorkingDays} errors={errors} className="admin-field--short" />
      <ChoiceGroup
        name="identityCheck"
        type="radio"
        legend={t("labels.identityCheck")}
        options={IDENTITY_CHECKS.map((value) => ({ value, label: t(`identityCheck_${value}`) }))}
        checked={[draft.identityCheck]}
        errors={errors}
      />
      <ChoiceGroup
        name="location"
        type="radio"
        legend={t("labels.location")}
        options={LOCATION_NEEDS.map((value) => ({ value, label: t(`location_${value}`) }))}
        checked={[draft.location]}
        errors={errors}
      />
    </section>
  );
}
