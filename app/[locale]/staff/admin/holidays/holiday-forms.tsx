"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus, SubmitButton, TextField } from "../_components/fields";
import { idle } from "../_lib/form-state";
import { addHolidayAction, removeHolidayAction } from "./actions";

export function AddHolidayForm({ defaultDate }: { defaultDate: string }) {
  const t = useTranslations("admin.holidays");
  const [state, action] = useActionState(addHolidayAction, idle);
  const values = state.status === "error" ? (state.values ?? {}) : {};
  const errors = state.errors ?? {};
  return (
    <form action={action} className="admin-form admin-card" aria-labelledby="add-holiday">
      <h2 id="add-holiday">{t("addTitle")}</h2>
      <p className="admin-hint">{t("addHint")}</p>
      <div className="admin-grid-3">
        <TextField name="date" type="date" label={t("date")} defaultValue={values.date ?? defaultDate} errors={errors} />
        <TextField name="nameTh" label={t("nameTh")} lang="th" defaultValue={values.nameTh} errors={errors} maxLength={200} />
        <TextField name="nameEn" label={t("nameEn")} lang="en" defaultValue={values.nameEn} errors={errors} maxLength={200} />
      </div>
      <div className="admin-actions">
        <SubmitButton>{t("add")}</SubmitButton>
        <FormStatus key={state.at} status={state.status} code={state.code} savedText={state.status === "saved" ? t("added", { date: state.subject ?? "" }) : undefined} />
      </div>
    </form>
  );
}

export function RemoveHolidayButton({ date, label }: { date: string; label: string }) {
  const t = useTranslations("admin.holidays");
  const [state, action] = useActionState(removeHolidayAction, idle);
  return (
    <form action={action} className="admin-inline-form">
      <input type="hidden" name="date" value={date} />
      <SubmitButton variant="small" ariaLabel={t("removeLabel", { name: label })}>
        {t("remove")}
      </SubmitButton>
      {state.status === "error" ? <FormStatus key={state.at} status={state.status} code={state.code} /> : null}
    </form>
  );
}
