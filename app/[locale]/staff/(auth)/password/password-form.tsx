"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { changePasswordAction, type PasswordState } from "../actions";
import { FormAlert } from "../_components/form-alert";

export function PasswordForm({ locale, username, first }: { locale: string; username: string; first: boolean }) {
  const t = useTranslations("staff.password");
  const [state, action, pending] = useActionState<PasswordState, FormData>(changePasswordAction, { attempt: 0 });
  const message = state.error === "wrong_current" ? t("wrongCurrent") : state.error ? t(`problem.${state.error}`) : null;
  const newInvalid = state.error !== undefined && state.error !== "wrong_current";
  return (
    <form action={action} className="auth-form" key={state.attempt}>
      <FormAlert id="password-error" message={message} attempt={state.attempt} />
      <input type="hidden" name="locale" value={locale} />
      {/* Lets a password manager file the new password under the right name. */}
      <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
      <div className="form-field">
        <label htmlFor="currentPassword">{first ? t("currentFirst") : t("current")}</label>
        <input id="currentPassword" name="currentPassword" type="password" autoComplete="current-password" required maxLength={512} aria-invalid={state.error === "wrong_current" ? true : undefined} />
      </div>
      <div className="form-field">
        <label htmlFor="newPassword">{t("new")}</label>
        <input id="newPassword" name="newPassword" type="password" autoComplete="new-password" required maxLength={128} aria-describedby="new-help" aria-invalid={newInvalid ? true : undefined} />
        <p id="new-help" className="form-help">
          {t("newHelp")}
        </p>
      </div>
      <div className="form-field">
        <label htmlFor="confirmation">{t("confirm")}</label>
        <input id="confirmation" name="confirmation" type="password" autoComplete="new-password" required maxLength={128} aria-invalid={state.error === "mismatch" ? true : undefined} />
      </div>
      <div>
        <button type="submit" disabled={pending}>
          {t("submit")}
        </button>
      </div>
    </form>
  );
}
