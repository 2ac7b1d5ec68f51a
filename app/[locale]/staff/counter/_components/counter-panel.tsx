"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Link } from "@/lib/i18n/navigation";
import { counterAction, type CounterActionState } from "../actions";

export type PanelQueue = { id: number; name: string; waiting: number; next: string | null };
export type PanelTicket = { ticket: string; reference: string | null; divisionName: string; calledAt: string; canOpen: boolean };
export type PanelMissed = { reference: string; ticket: string; divisionName: string; calledAt: string };

export type PanelSettled = { ticket: string; outcome: string };

type Props = { counter: number | null; queues: PanelQueue[]; current: PanelTicket | null; missed: PanelMissed[]; settled: PanelSettled | null };

const IDLE: CounterActionState = { status: "idle" };

/** The counter's controls. Every button posts to one server action; its answer is announced. */
export function CounterPanel({ counter, queues, current, missed, settled }: Props) {
  const t = useTranslations("counter.panel");
  const [state, action, pending] = useActionState(counterAction, IDLE);

  return (
    <div className="counter-panel" aria-busy={pending}>
      <div className="counter-panel__message" role={state.status === "error" ? "alert" : "status"} aria-live="polite">
        {state.status === "done" ? (
          <p className="counter-panel__done" key={state.at}>
            {t(`done.${state.result}`, { ticket: state.ticket, counter: state.counter })}
          </p>
        ) : state.status === "error" ? (
          <p className="counter-panel__error" key={state.at}>
            {t(`errors.${state.code}`, { ticket: state.ticket, outcome: state.outcome ?? "other" })}
          </p>
        ) : null}
      </div>

      <section className="counter-panel__box" aria-labelledby="counter-number-heading">
        <h2 id="counter-number-heading">{t("yourCounter")}</h2>
        {counter !== null ? <p className="counter-panel__counter">{t("counterValue", { counter })}</p> : null}
        <details open={counter === null} className="counter-panel__choose">
          <summary>{counter === null ? t("chooseCounter") : t("changeCounter")}</summary>
          <form action={action} className="counter-panel__counter-form">
            <input type="hidden" name="intent" value="counter" />
            <label htmlFor="counter-number">{t("counterLabel")}</label>
            <p id="counter-number-hint" className="counter-panel__hint">
              {t("chooseCounterHint")}
            </p>
            <input
              id="counter-number"
              name="counter"
              type="number"
              inputMode="numeric"
              min={1}
              max={20}
              required
              defaultValue={counter ?? undefined}
              aria-describedby="counter-number-hint"
            />
            <button type="submit" disabled={pending}>
              {t("saveCounter")}
            </button>
          </form>
        </details>
      </section>

      <section className="counter-panel__box" aria-labelledby="current-heading">
        <h2 id="current-heading">{t("current")}</h2>
        {current ? (
          <div className="counter-panel__current">
            <p className="counter-panel__ticket">{current.ticket}</p>
            <p>
              {current.divisionName} · {t("calledAt", { time: current.calledAt })}
            </p>
            {current.reference ? (
              <>
                <form action={action} className="counter-panel__actions">
                  <input type="hidden" name="reference" value={current.reference} />
                  <button type="submit" name="intent" value="recall" disabled={pending}>
                    {t("recall")}
                  </button>
                  <button type="submit" name="intent" value="no_show" disabled={pending} className="counter-panel__secondary">
                    {t("noShow")}
                  </button>
                  <button type="submit" name="intent" value="served" disabled={pending} className="counter-panel__primary">
                    {t("served")}
                  </button>
                </form>
                {current.canOpen ? (
                  <p>
                    <Link href={`/staff/requests/${current.reference}`}>{t("openRequest", { reference: current.reference })}</Link>
                  </p>
                ) : null}
              </>
            ) : (
              <p className="counter-panel__error">{t("otherDivisionTicket", { ticket: current.ticket, division: current.divisionName })}</p>
            )}
          </div>
        ) : (
          <>
            {settled ? (
              <p className="counter-panel__settled" data-testid="counter-settled">
                {t("settledHere", { ticket: settled.ticket, outcome: settled.outcome })}
              </p>
            ) : null}
            <p>{t("noCurrent")}</p>
          </>
        )}
      </section>

      <section className="counter-panel__box" aria-labelledby="queues-heading">
        <h2 id="queues-heading">{t("queues")}</h2>
        {queues.length === 0 ? (
          <p>{t("noQueues")}</p>
        ) : (
          <>
            <ul className="counter-panel__queues">
              {queues.map((queue) => (
                <li key={queue.id}>
                  <span className="counter-panel__queue-name">{queue.name}</span>
                  <span className="counter-panel__queue-count">{t("waiting", { count: queue.waiting })}</span>
                  {queue.next ? <span className="counter-panel__queue-next">{t("nextTicket", { ticket: queue.next })}</span> : null}
                </li>
              ))}
            </ul>
            <form action={action} className="counter-panel__call">
              <input type="hidden" name="intent" value="call" />
              {queues.length > 1 ? (
                <p>
                  <label htmlFor="call-from">{t("callFrom")}</label>
                  <select id="call-from" name="queue" defaultValue="all">
                    <option value="all">{t("allQueues")}</option>
                    {queues.map((queue) => (
                      <option key={queue.id} value={queue.id}>
                        {queue.name}
                      </option>
                    ))}
                  </select>
                </p>
              ) : null}
              <button type="submit" className="counter-panel__primary counter-panel__call-button" disabled={pending}>
                {t("callNext")}
              </button>
            </form>
          </>
        )}
      </section>

      {missed.length > 0 ? (
        <section className="counter-panel__box" aria-labelledby="missed-heading">
          <h2 id="missed-heading">{t("missed")}</h2>
          <p className="counter-panel__hint">{t("missedHint")}</p>
          <ul className="counter-panel__missed">
            {missed.map((ticket) => (
              <li key={ticket.reference}>
                <span className="counter-panel__queue-name">{ticket.ticket}</span>
                <span>
                  {ticket.divisionName} · {t("calledAt", { time: ticket.calledAt })}
                </span>
                <form action={action}>
                  <input type="hidden" name="reference" value={ticket.reference} />
                  <button type="submit" name="intent" value="call_missed" disabled={pending}>
                    {t("callMissed", { ticket: ticket.ticket })}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <p>
        <Link href="/display" target="_blank" rel="noopener">
          {t("openDisplay")}
        </Link>
      </p>
    </div>
  );
}
