"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { beginSetupAction, confirmSetupAction, type SetupConfirmState, type SetupStartState } from "../actions";
import { FormAlert } from "../_components/form-alert";

/** Password, then the QR code, key and backup codes, then a code from the app to turn it on. */
export function TwoFactorSetup({ locale }: { locale: string }) {
  const t = useTranslations("staff.setup");
  const [start, begin, starting] = useActionState<SetupStartState, FormData>(beginSetupAction, { status: "idle", attempt: 0 });
  const [confirm, finish, finishing] = useActionState<SetupConfirmState, FormData>(confirmSetupAction, { attempt: 0 });
  const confirmMessage = confirm.error === "invalid-code" ? t("invalidCode") : confirm.error === "not-started" ? t("notStarted") : null;

  return (
    <div className="auth-steps">
      <section aria-labelledby="setup-step1">
        <h2 id="setup-step1">{t("step1")}</h2>
        {start.status === "started" ? <p className="form-help">{t("stepDone")}</p> : null}
        {/* Once started, asking again would make a new key and void the QR code on screen. */}
        <form action={begin} className="auth-form" key={start.attempt} hidden={start.status === "started"}>
          <FormAlert id="setup-password-error" message={start.status === "wrong-password" ? t("wrongPassword") : null} attempt={start.attempt} />
          <input type="hidden" name="locale" value={locale} />
          <div className="form-field">
            <label htmlFor="setup-password">{t("password")}</label>
            <input id="setup-password" name="password" type="password" autoComplete="current-password" required maxLength={512} />
          </div>
          <div>
            <button type="submit" disabled={starting}>
              {t("start")}
            </button>
          </div>
        </form>
      </section>

      {start.status === "started" ? (
        <>
          <section aria-labelledby="setup-step2">
            <h2 id="setup-step2">{t("step2")}</h2>
            {/* An SVG the server drew from our own otpauth address: no outside content. */}
            <div className="totp-qr" role="img" aria-label={t("qrAlt")} dangerouslySetInnerHTML={{ __html: start.qrSvg }} />
            <p>
              {t("secret")}: <span className="totp-secret">{start.secret.replace(/(.{4})/g, "$1 ").trim()}</span>
            </p>
            <h3>{t("backupTitle")}</h3>
            <p className="form-help">{t("backupHelp")}</p>
            <ul className="backup-codes">
              {start.backupCodes.map((code) => (
                <li key={code}>{code}</li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="setup-step3">
            <h2 id="setup-step3">{t("step3")}</h2>
            <form action={finish} className="auth-form" key={confirm.attempt}>
              <FormAlert id="setup-code-error" message={confirmMessage} attempt={confirm.attempt} />
              <input type="hidden" name="locale" value={locale} />
              <div className="form-field">
                <label htmlFor="setup-code">{t("code")}</label>
                <input id="setup-code" name="code" inputMode="numeric" autoComplete="one-time-code" required maxLength={7} aria-invalid={confirmMessage ? true : undefined} />
              </div>
              <div>
                <button type="submit" disabled={finishing}>
                  {t("confirm")}
                </button>
              </div>
            </form>
          </section>
        </>
      ) : null}
    </div>
  );
}
