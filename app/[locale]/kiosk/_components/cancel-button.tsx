"use client";

import { useEffect, useRef, useState } from "react";
import type { KioskTexts } from "./texts";

/**
 * "Cancel" sits beside the language button, so a slip of the finger must not wipe a
 * half-filled request: it asks once, in a modal dialog whose default is to carry on.
 */
export function CancelButton({ t, onConfirm }: { t: KioskTexts; onConfirm: () => void }) {
  const [asking, setAsking] = useState(false);
  const ref = useRef<HTMLDialogElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (asking && !dialog.open) {
      dialog.showModal();
      keepRef.current?.focus();
    } else if (!asking && dialog.open) {
      dialog.close();
    }
  }, [asking]);

  return (
    <>
      <button type="button" className="kiosk-button kiosk-button--quiet" onClick={() => setAsking(true)}>
        {t.cancel}
      </button>
      <dialog
        ref={ref}
        className="kiosk-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="kiosk-cancel-heading"
        aria-describedby="kiosk-cancel-body"
        onClick={(event) => event.target === event.currentTarget && setAsking(false)}
        onCancel={(event) => {
          event.preventDefault();
          setAsking(false);
        }}
      >
        <h2 id="kiosk-cancel-heading">{t.cancelConfirm.heading}</h2>
        <p id="kiosk-cancel-body">{t.cancelConfirm.body}</p>
        <div className="kiosk-actions">
          <button ref={keepRef} type="button" className="kiosk-button kiosk-button--primary" onClick={() => setAsking(false)}>
            {t.cancelConfirm.keep}
          </button>
          <button
            type="button"
            className="kiosk-button"
            onClick={() => {
              setAsking(false);
              onConfirm();
            }}
          >
            {t.cancelConfirm.confirm}
          </button>
        </div>
      </dialog>
    </>
  );
}
