"use client";

import { useActionState, useState } from "react";
import { CardReader, type CardRead } from "@/app/[locale]/staff/file/[code]/_components/card-reader";
import type { Locale } from "@/lib/i18n/localized";
import { verifyIdentity, type VerifyState } from "../verify-actions";

type Props = { reference: string; locale: Locale; agentUrl: string; texts: Record<string, string> };

/**
 * For a request typed online: read the resident's card on this PC and check it against the
 * request. Only the card's name and masked ID are shown; the server compares the IDs.
 */
export function IdentityCheck({ reference, locale, agentUrl, texts }: Props) {
  const [read, setRead] = useState<CardRead | null>(null);
  const [state, action, pending] = useActionState<VerifyState, FormData>(verifyIdentity, { status: "idle" });
  if (state.status === "verified") {
    return (
      <p role="status" className="wf-identity wf-identity--verified">
        {texts.verified?.replace("{pc}", state.pc)}
      </p>
    );
  }
  return (
    <form action={action} className="wf-identity-check" aria-labelledby="wf-identity-check-heading">
      <h3 id="wf-identity-check-heading">{texts.heading}</h3>
      <p>{texts.help}</p>
      <input type="hidden" name="reference" value={reference} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="card" value={read ? JSON.stringify(read.card) : ""} />
      <input type="hidden" name="attestation" value={read ? JSON.stringify(read.attestation) : ""} />
      <CardReader agentUrl={agentUrl} texts={texts} onRead={setRead} />
      {state.status === "error" ? (
        <p role="alert" className="field-error">
          {texts[`error_${state.code}`] ?? texts.error_other}
        </p>
      ) : null}
      <button type="submit" className="button" disabled={!read || pending}>
        {texts.check}
      </button>
    </form>
  );
}
