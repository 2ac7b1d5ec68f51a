import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/localized";
import type { RequestMail } from "@/lib/mail/request-mail";
import { retryMailAction } from "../actions";
import { formatDateTime } from "./format";

/**
 * The mail queued for this request (lib/mail): each message's state, never the address.
 * A failed one can be sent again by those who may act on the request; the form works
 * without JavaScript.
 */
export async function MailSection({ reference, locale, mail }: { reference: string; locale: Locale; mail: RequestMail }) {
  const t = await getTranslations("workflow.mail");
  const time = (at: Date) => formatDateTime(at, locale);
  return (
    <section aria-labelledby="wf-mail-heading" className="wf-mail">
      <h2 id="wf-mail-heading">{t("heading")}</h2>
      {mail.messages.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="wf-mail__list">
          {mail.messages.map((message) => (
            <li key={message.id} className={`wf-mail__item wf-mail__item--${message.status}`} data-testid="mail-message">
              <div className="wf-event__head">
                <strong>{message.subject}</strong>
                <span className={`wf-badge wf-badge--mail-${message.status}`}>{t(`status.${message.status}`)}</span>
              </div>
              <p className="wf-event__meta">
                {message.status === "sent" && message.sentAt ? t("sentAt", { at: time(message.sentAt) }) : t("queuedAt", { at: time(message.createdAt) })}
                {" · "}
                {t("attempts", { count: message.attempts })}
                {message.status === "pending" && message.attempts > 0 ? ` · ${t("nextTry", { at: time(message.nextAttemptAt) })}` : null}
              </p>
              {message.status !== "sent" && message.lastError ? <p className="wf-event__detail">{t("error", { error: message.lastError })}</p> : null}
              {message.status === "failed" ? (
                <>
                  <p className="wf-event__detail wf-event__detail--warning">{t("failedHint")}</p>
                  {mail.canRetry ? (
                    <form action={retryMailAction}>
                      <input type="hidden" name="reference" value={reference} />
                      <input type="hidden" name="locale" value={locale} />
                      <input type="hidden" name="messageId" value={message.id} />
                      <button type="submit" className="button button--secondary">
                        {t("retry")}
                      </button>
                    </form>
                  ) : null}
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
