"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus, SubmitButton, TextField } from "../_components/fields";
import { idle } from "../_lib/form-state";
import { enrollKioskAction, renameKioskAction, revokeKioskAction } from "./actions";

export function EnrollKioskForm() {
  const t = useTranslations("admin.kiosks");
  const [state, action] = useActionState(enrollKioskAction, idle);
  const values = state.status === "error" ? (state.values ?? {}) : {};
  const errors = state.errors ?? {};
  return (
    <form action={action} className="admin-form admin-card" aria-labelledby="enroll-kiosk">
      <h2 id="enroll-kiosk">{t("enrollTitle")}</h2>
      <p className="admin-hint">{t("enrollHint")}</p>
      <TextField name="name" label={t("name")} hint={t("nameHint")} defaultValue={values.name} errors={errors} maxLength={60} />
      <TextField name="publicKey" label={t("publicKey")} hint={t("publicKeyHint")} defaultValue={values.publicKey} errors={errors} multiline rows={3} className="admin-field--mono" />
      <div className="admin-actions">
        <SubmitButton>{t("enroll")}</SubmitButton>
        <FormStatus key={state.at} status={state.status} code={state.code} savedText={state.status === "saved" ? t("enrolled", { name: state.subject ?? "" }) : undefined} />
      </div>
    </form>
  );
}

export function RenameKioskForm({ kioskId, name }: { kioskId: number; name: string }) {
  const t = useTranslations("admin.kiosks");
  const [state, action] = useActionState(renameKioskAction, idle);
  const value = state.status === "error" ? (state.values?.name ?? name) : name;
  return (
    <form action={action} className="admin-inline-form">
      <input type="hidden" name="kioskId" value={kioskId} />
      <TextField name="name" idPrefix={`k${kioskId}-`} label={t("newName", { name })} defaultValue={value} errors={state.errors} maxLength={60} className="admin-field--inline" />
      <SubmitButton variant="secondary">{t("rename")}</SubmitButton>
      <FormStatus key={state.at} status={state.status} code={state.code} savedText={t("renamed")} />
    </form>
  );
}

/** Revoking is permanent, so it asks first: the button only opens the confirmation. */
export function RevokeKioskForm({ kioskId, name }: { kioskId: number; name: string }) {
  const t = useTranslations("admin.kiosks");
  const [state, action] = useActionState(revokeKioskAction, idle);
  return (
    <details className="admin-confirm">
      <summary className="admin-button admin-button--danger">{t("revoke")}</summary>
      <form action={action} className="admin-confirm__body">
        <input type="hidden" name="kioskId" value={kioskId} />
        <p>{t("revokeWarning", { name })}</p>
        <SubmitButton variant="danger">{t("revokeConfirm", { name })}</SubmitButton>
        <FormStatus key={state.at} status={state.status} code={state.code} />
      </form>
    </details>
  );
}
