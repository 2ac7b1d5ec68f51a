"use client";

import { useActionState } from "react";
import { recipientSignInAction } from "../actions";
import type { SignInState } from "../states";

export type SignInTexts = { name: string; password: string; submit: string; errors: Record<string, string> };

/** Recipient name and password; a plain form that works without JavaScript. */
export function RecipientSignInForm({ locale, texts }: { locale: string; texts: SignInTexts }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(recipientSignInAction, { at: 0 });
  return (
    <form action={action} className="online-form">
      <input type="hidden" name="locale" value={locale} />
      <div aria-live="assertive">
        {state.error ? (
          <p className="online-alert" role="alert">
            {texts.errors[state.error]}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="ir-name">{texts.name}</label>
        <input id="ir-name" name="name" type="text" autoComplete="username" required maxLength={60} defaultValue={state.name} key={state.at} />
      </div>
      <div className="field">
        <label htmlFor="ir-password">{texts.password}</label>
        <input id="ir-password" name="password" type="password" autoComplete="current-password" required maxLength={1000} />
      </div>
      <div className="online-form__actions">
        <button type="submit" className="online-form__primary" disabled={pending}>
          {texts.submit}
        </button>
      </div>
    </form>
  );
}
