"use client";

import { startTransition, useActionState, useEffect, useRef, type FormEvent, type ReactNode } from "react";
import type { RecipientFormState } from "../states";

export type ActionFormTexts = { submit: string; done: Record<string, string>; errors: Record<string, string> };
type Action = (previous: RecipientFormState, form: FormData) => Promise<RecipientFormState>;

/**
 * One of the report page's forms (fields rendered on the server as children): sends through
 * its server action, says what happened beside it, and is cleared only when it worked, so a
 * message typed before a refused file is not lost.
 */
export function ActionForm({ action, reportId, texts, children, className }: { action: Action; reportId: string; texts: ActionFormTexts; children: ReactNode; className?: string }) {
  const [state, run, pending] = useActionState<RecipientFormState, FormData>(action, { status: "idle" });
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status === "done") form.current?.reset();
  }, [state]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => run(data));
  }

  return (
    <form ref={form} onSubmit={onSubmit} className={`online-form ${className ?? ""}`}>
      <input type="hidden" name="reportId" value={reportId} />
      {children}
      <div aria-live="polite">
        {state.status === "done" ? <p className="field-ok">{texts.done[state.done]}</p> : null}
        {state.status === "error" ? (
          <p className="online-alert" role="alert">
            {state.message ?? texts.errors[state.error] ?? texts.errors.unexpected}
          </p>
        ) : null}
      </div>
      <div className="online-form__actions">
        <button type="submit" className="online-form__primary" disabled={pending}>
          {texts.submit}
        </button>
      </div>
    </form>
  );
}
