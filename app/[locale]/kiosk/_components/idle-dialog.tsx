"use client";

import { useEffect, useRef } from "react";
import { fill } from "@/lib/kiosk/format";
import type { KioskTexts } from "./texts";

type Props = { t: KioskTexts; open: boolean; secondsLeft: number; onContinue: () => void; onEnd: () => void };

/**
 * "Are you still there?" as a modal <dialog>: the page behind is inert, Tab stays inside,
 * Escape or a tap outside the box means "continue".
 */
export function IdleDialog({ t, open, secondsLeft, onContinue, onEnd }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const continueRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      continueRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="kiosk-dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="kiosk-idle-heading"
      aria-describedby="kiosk-idle-body"
      // A tap on the backdrop (outside the box) also says "I am here".
      onClick={(event) => event.target === event.currentTarget && onContinue()}
      onCancel={(event) => {
        event.preventDefault();
        onContinue();
      }}
      onKeyDown={(event) => {
        if (event.key !== "Tab") return;
        // Keep Tab inside the dialog (its two buttons), also where the browser would leave it.
        const buttons = [...event.currentTarget.querySelectorAll("button")];
        const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
        const next = buttons[(index + (event.shiftKey ? buttons.length - 1 : 1)) % buttons.length];
        event.preventDefault();
        next?.focus();
      }}
    >
      <h2 id="kiosk-idle-heading">{t.idle.heading}</h2>
      <p id="kiosk-idle-body">{fill(t.idle.body, { seconds: secondsLeft })}</p>
      <div className="kiosk-actions">
        <button ref={continueRef} type="button" className="kiosk-button kiosk-button--primary" onClick={onContinue}>
          {t.idle.continue}
        </button>
        <button type="button" className="kiosk-button" onClick={onEnd}>
          {t.idle.end}
        </button>
      </div>
    </dialog>
  );
}
