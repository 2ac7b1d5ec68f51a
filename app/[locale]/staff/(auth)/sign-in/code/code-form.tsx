"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { verifyCodeAction, type CodeState } from "../../actions";
import { FormAlert } from "../../_components/form-alert";

export function CodeForm({ locale, counter }: { locale: string; counter: string }) {
  const t = useTranslations("staff.code");
  const [state, action, pending] = useActionState<CodeState, FormData>(verifyCodeAction, { attempt: 0 });
  const message = state.error === "locked" ? t("locked", { minutes: state.minutesLeft ?? 15 }) : state.error ? t("invalid") : null;
  return (
    <form action={action} className="auth-form" key={state.attempt}>
      <FormAlert id="code-error" message={message} attempt={state.attempt} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="counter" value={counter} />
      <div className="form-field">
        <label htmlFor="code">{t("code")}</label>
        <input
          id="code"
          name="code"
          autoComplete="one-time-code"
          inputMode="text"
          autoCapitalize="none"
          spellCheck={false}
          required
          maxLength={40}
          autoFocus={state.attempt === 0}
          aria-describedby="code-help"
          aria-invalid={message ? true : undefined}
        />
        <p id="code-help" className="form-help">
          {t("codeHelp")}
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
