"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { StaffAccountRow } from "@/lib/staff/accounts";
import { ROLES } from "@/lib/staff/roles";
import { ChoiceGroup, Checkbox, SelectField } from "../_components/choice-inputs";
import { FormStatus, SubmitButton, TextField } from "../_components/fields";
import { idle } from "../_lib/form-state";
import { createStaffAction, resetPasswordAction, setActiveAction, updateStaffAction, type AccountFormState } from "./actions";

export type DivisionChoice = { code: string; name: string };

/** The one-time password, shown once: it is in this answer only, never stored in clear. */
function OneTimePassword({ state }: { state: AccountFormState }) {
  const t = useTranslations("admin.accounts");
  if (state.status !== "saved" || !state.oneTimePassword) return null;
  return (
    <div className="admin-secret" role="alert">
      <p>{t("oneTimeFor", { username: state.username ?? "" })}</p>
      <p className="admin-secret__value" translate="no">
        {state.oneTimePassword}
      </p>
      <p className="admin-hint">{t("oneTimeHint")}</p>
      {state.twoFactorRemoved ? <p className="admin-hint">{t("twoFactorRemoved")}</p> : null}
    </div>
  );
}

function RoleAndDivisions(props: { idPrefix: string; role: string; divisions: DivisionChoice[]; checked: string[]; errors: AccountFormState["errors"] }) {
  const t = useTranslations("admin.accounts");
  return (
    <>
      <SelectField
        idPrefix={props.idPrefix}
        name="role"
        label={t("role")}
        hint={t("roleHint")}
        value={props.role}
        options={ROLES.map((role) => ({ value: role, label: t(`role_${role}`) }))}
        errors={props.errors ?? {}}
      />
      <ChoiceGroup
        idPrefix={props.idPrefix}
        name="divisionCodes"
        type="checkbox"
        legend={t("divisions")}
        hint={t("divisionsHint")}
        options={props.divisions.map((d) => ({ value: d.code, label: d.name }))}
        checked={props.checked}
        errors={props.errors ?? {}}
      />
    </>
  );
}

export function CreateStaffForm({ divisions }: { divisions: DivisionChoice[] }) {
  const t = useTranslations("admin.accounts");
  const [state, action] = useActionState(createStaffAction, idle as AccountFormState);
  const values = state.status === "error" ? (state.values ?? {}) : {};
  return (
    <section className="admin-card" aria-labelledby="create-staff">
      <h2 id="create-staff">{t("createTitle")}</h2>
      <OneTimePassword state={state} />
      <form action={action} className="admin-form">
        <div className="admin-grid-2">
          <TextField idPrefix="new-" name="username" label={t("username")} hint={t("usernameHint")} defaultValue={values.username} errors={state.errors} maxLength={30} />
          <TextField idPrefix="new-" name="displayName" label={t("displayName")} hint={t("displayNameHint")} defaultValue={values.displayName} errors={state.errors} maxLength={80} />
        </div>
        <RoleAndDivisions idPrefix="new-" role={values.role ?? "OFFICER"} divisions={divisions} checked={(values.divisionCodes ?? "").split(",")} errors={state.errors} />
        <div className="admin-actions">
          <SubmitButton>{t("create")}</SubmitButton>
          {state.status === "error" ? <FormStatus key={state.at} status={state.status} code={state.code} /> : null}
        </div>
      </form>
    </section>
  );
}

export function EditStaffForm({ account, divisions }: { account: StaffAccountRow; divisions: DivisionChoice[] }) {
  const t = useTranslations("admin.accounts");
  const [state, action] = useActionState(updateStaffAction, idle as AccountFormState);
  const values = state.status === "error" && state.values ? state.values : { displayName: account.displayName, role: account.role, divisionCodes: account.divisionCodes.join(",") };
  const prefix = `s${account.id}-`;
  return (
    <details className="admin-disclosure" open={state.status === "error" || undefined}>
      <summary>{t("editTitle")}</summary>
      <form action={action} className="admin-form">
        <input type="hidden" name="staffUserId" value={account.id} />
        <TextField idPrefix={prefix} name="displayName" label={t("displayName")} defaultValue={values.displayName} errors={state.errors} maxLength={80} />
        <RoleAndDivisions idPrefix={prefix} role={values.role ?? account.role} divisions={divisions} checked={(values.divisionCodes ?? "").split(",")} errors={state.errors} />
        <div className="admin-actions">
          <SubmitButton>{t("save")}</SubmitButton>
          <FormStatus key={state.at} status={state.status} code={state.code} />
        </div>
      </form>
    </details>
  );
}

export function ResetPasswordForm({ account }: { account: StaffAccountRow }) {
  const t = useTranslations("admin.accounts");
  const [state, action] = useActionState(resetPasswordAction, idle as AccountFormState);
  return (
    <details className="admin-disclosure" open={state.status !== "idle" || undefined}>
      <summary>{t("resetTitle")}</summary>
      <OneTimePassword state={state} />
      <form action={action} className="admin-form">
        <input type="hidden" name="staffUserId" value={account.id} />
        <p className="admin-hint">{t("resetHint", { username: account.username })}</p>
        {account.twoFactorEnabled ? <Checkbox idPrefix={`s${account.id}-`} name="removeTwoFactor" label={t("removeTwoFactor")} checked={false} /> : null}
        <div className="admin-actions">
          <SubmitButton variant="secondary">{t("reset", { username: account.username })}</SubmitButton>
          {state.status === "error" ? <FormStatus key={state.at} status={state.status} code={state.code} /> : null}
        </div>
      </form>
    </details>
  );
}

/** Deactivation ends the person's sessions at once, so it asks first; reactivation does not. */
export function ActiveForm({ account }: { account: StaffAccountRow }) {
  const t = useTranslations("admin.accounts");
  const [state, action] = useActionState(setActiveAction, idle as AccountFormState);
  const form = (
    <form action={action} className="admin-confirm__body">
      <input type="hidden" name="staffUserId" value={account.id} />
      <input type="hidden" name="active" value={account.active ? "false" : "true"} />
      {account.active ? <p>{t("deactivateWarning", { username: account.username })}</p> : null}
      <SubmitButton variant={account.active ? "danger" : "secondary"}>
        {account.active ? t("deactivateConfirm", { username: account.username }) : t("reactivate", { username: account.username })}
      </SubmitButton>
      {state.status === "error" ? <FormStatus key={state.at} status={state.status} code={state.code} /> : null}
    </form>
  );
  if (!account.active) return form;
  return (
    <details className="admin-confirm" open={state.status === "error" || undefined}>
      <summary className="admin-button admin-button--danger">{t("deactivate")}</summary>
      {form}
    </details>
  );
}
