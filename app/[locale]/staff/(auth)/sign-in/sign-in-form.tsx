"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { MAX_COUNTER } from "@/lib/auth/counter";
import { signInAction, type SignInState } from "../actions";
import { FormAlert } from "../_components/form-alert";

export function SignInForm({ locale }: { locale: string }) {
  const t = useTranslations("staff.signIn");
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, { attempt: 0 });
  const message =
    state.error === "locked" || state.error === "throttled"
      ? t(state.error, { minutes: state.minutesLeft ?? 15 })
      : state.error
        ? t(state.error === "expired" ? "failed" : "invalid")
        : null;
  return (
    // Keyed by attempt: React clears a form after its action, so the typed name comes back as a default.
    <form action={action} className="auth-form" key={state.attempt} aria-describedby={message ? "sign-in-error" : undefined}>
      <FormAlert id="sign-in-error" message={message} attempt={state.attempt} />
      <input type="hidden" name="locale" value={locale} />
      <div className="form-field">
        <label htmlFor="username">{t("username")}</label>
        <input id="username" name="username" autoComplete="username" autoCapitalize="none" spellCheck={false} required maxLength={60} defaultValue={state.username ?? ""} aria-invalid={message ? true : undefined} />
      </div>
      <div className="form-field">
        <label htmlFor="password">{t("password")}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required maxLength={512} aria-invalid={message ? true : undefined} />
      </div>
      <div className="form-field">
        <label htmlFor="counter">{t("counter")}</label>
        <select id="counter" name="counter" defaultValue={state.counter ?? ""} aria-describedby="counter-help">
          <option value="">{t("counterNone")}</option>
          {Array.from({ length: MAX_COUNTER }, (_, i) => i + 1).map((n) => (
            <option key={n} value={n}>
              {t("counterOption", { number: n })}
            </option>
          ))}
        </select>
        <p id="counter-help" className="form-help">
          {t("counterHelp")}
        </p>
      </div>
      <div>
        <button type="submit" disabled={pending}>
          {t("submit")}
        </button>
      </div>
    </form>
  );
}
