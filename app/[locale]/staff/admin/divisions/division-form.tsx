"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { AdminDivision } from "@/lib/admin/update-division";
import { FormStatus, SubmitButton, TextField } from "../_components/fields";
import { idle } from "../_lib/form-state";
import { saveDivision } from "./actions";

/** One division's editable facts. Its code is fixed (routing rules refer to it). */
export function DivisionForm({ division, locale }: { division: AdminDivision; locale: string }) {
  const t = useTranslations("admin.divisions");
  const [state, action] = useActionState(saveDivision, idle);
  const values = state.status === "error" && state.values ? state.values : toValues(division);
  const errors = state.errors ?? {};
  const headingId = `division-${division.id}`;
  return (
    <section className="admin-card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {locale === "th" ? division.nameTh : division.nameEn} <span className="admin-code">{division.code}</span>
      </h2>
      <form action={action} className="admin-form">
        <input type="hidden" name="divisionId" value={division.id} />
        <input type="hidden" name="locale" value={locale} />
        <div className="admin-grid-2">
          <TextField idPrefix={`d${division.id}-`} name="nameTh" errorKey="nameTh" label={t("nameTh")} lang="th" defaultValue={values.nameTh} errors={errors} maxLength={120} />
          <TextField idPrefix={`d${division.id}-`} name="nameEn" errorKey="nameEn" label={t("nameEn")} lang="en" defaultValue={values.nameEn} errors={errors} maxLength={120} />
          <TextField idPrefix={`d${division.id}-`} name="summaryTh" label={t("summaryTh")} lang="th" defaultValue={values.summaryTh} errors={errors} multiline />
          <TextField idPrefix={`d${division.id}-`} name="summaryEn" label={t("summaryEn")} lang="en" defaultValue={values.summaryEn} errors={errors} multiline />
        </div>
        <div className="admin-grid-2 admin-grid-2--narrow">
          <TextField idPrefix={`d${division.id}-`} name="queuePrefix" label={t("queuePrefix")} hint={t("queuePrefixHint")} defaultValue={values.queuePrefix} errors={errors} maxLength={1} className="admin-field--short" />
          <TextField idPrefix={`d${division.id}-`} name="sortOrder" label={t("sortOrder")} hint={t("sortOrderHint")} type="number" inputMode="numeric" defaultValue={values.sortOrder} errors={errors} className="admin-field--short" />
        </div>
        <div className="admin-actions">
          <SubmitButton>{t("save")}</SubmitButton>
          <FormStatus key={state.at} status={state.status} code={state.code} />
        </div>
      </form>
    </section>
  );
}

function toValues(division: AdminDivision): Record<string, string> {
  return {
    nameTh: division.nameTh,
    nameEn: division.nameEn,
    summaryTh: division.summaryTh,
    summaryEn: division.summaryEn,
    queuePrefix: division.queuePrefix,
    sortOrder: String(division.sortOrder),
  };
}
