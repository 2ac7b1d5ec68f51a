"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ChoiceGroup } from "../_components/choice-inputs";
import { FormStatus, SubmitButton, TextField } from "../_components/fields";
import { idle } from "../_lib/form-state";
import type { KeyFormState } from "./actions";
import { makeKeyAction, revokeKeyAction } from "./actions";

export function MakeKeyForm({ services }: { services: { value: string; label: string }[] }) {
  const t = useTranslations("admin.apiKeys");
  const [state, action] = useActionState(makeKeyAction, idle as KeyFormState);
  const values = state.status === "error" ? (state.values ?? {}) : {};
  return (
    <form action={action} className="admin-form admin-card" aria-labelledby="make-key">
      <h2 id="make-key">{t("makeTitle")}</h2>
      <TextField name="name" label={t("name")} hint={t("nameHint")} defaultValue={values.name} errors={state.errors ?? {}} maxLength={80} />
      <ChoiceGroup name="services" type="checkbox" legend={t("services")} hint={t("servicesHint")} options={services} checked={[]} errors={state.errors ?? {}} />
      <div className="admin-actions">
        <SubmitButton>{t("make")}</SubmitButton>
        <FormStatus key={state.at} status={state.status} code={state.code} savedText={state.status === "saved" ? t("made", { name: state.subject ?? "" }) : undefined} />
      </div>
      {state.status === "saved" && state.secret ? (
        <div className="admin-secret" role="status">
          <p>{t("showOnce")}</p>
          <code className="admin-mono" data-testid="new-api-key">
            {state.secret}
          </code>
        </div>
      ) : null}
    </form>
  );
}

/** Revoking is permanent, so it asks first: the button only opens the confirmation. */
export function RevokeKeyForm({ name }: { name: string }) {
  const t = useTranslations("admin.apiKeys");
  const [state, action] = useActionState(revokeKeyAction, idle);
  return (
    <details className="admin-confirm">
      <summary className="admin-button admin-button--danger">{t("revoke")}</summary>
      <form action={action} className="admin-confirm__body">
        <input type="hidden" name="name" value={name} />
        <p>{t("revokeWarning", { name })}</p>
        <SubmitButton variant="danger">{t("revokeConfirm", { name })}</SubmitButton>
        <FormStatus key={state.at} status={state.status} code={state.code} />
      </form>
    </details>
  );
}
