"use client";

import { useCallback, useState } from "react";
import { useAgent, type AgentMessage } from "@/app/[locale]/kiosk/_components/use-agent";
import { useNonces } from "@/app/[locale]/kiosk/_components/use-nonce";
import { fullName, maskCitizenId, type PersonName } from "@/lib/privacy/mask";

type Texts = Record<string, string>;
export type CardRead = { card: Record<string, unknown>; attestation: Record<string, unknown> };

/**
 * Reads the resident's card with the agent on this PC (the kiosk's protocol: a server
 * nonce, a signed read). Shows only the name and the masked ID; the data goes to the form
 * as hidden fields and is checked on the server.
 */
export function CardReader({ agentUrl, texts, onRead }: { agentUrl: string; texts: Texts; onRead: (read: CardRead | null) => void }) {
  const [state, setState] = useState<"idle" | "reading" | "read" | "error">("idle");
  const [shown, setShown] = useState<{ name: string; id: string } | null>(null);
  const nonces = useNonces();
  const handle = useCallback(
    (message: AgentMessage) => {
      if (message.type === "card-read") {
        const data = message.data as Record<string, unknown> & { nameTh: PersonName; citizenId: string };
        const { photo: _photo, meta: _meta, ...card } = data;
        setShown({ name: fullName(data.nameTh), id: maskCitizenId(data.citizenId) });
        setState("read");
        onRead({ card, attestation: message.attestation });
      } else if (message.type === "card-removed" || message.type === "error") {
        if (message.type === "error") setState("error");
        if (message.type === "card-removed") {
          setState("idle");
          setShown(null);
          onRead(null);
        }
      }
    },
    [onRead],
  );
  const { status, send } = useAgent(agentUrl, handle);

  const read = async () => {
    setState("reading");
    try {
      if (!send({ type: "read", nonce: await nonces.take(), photo: false })) setState("error");
    } catch {
      setState("error");
    }
  };

  return (
    <div className="counter-card-reader" aria-live="polite">
      {status.link !== "open" ? <p>{texts.agentDown}</p> : null}
      <button type="button" className="button" onClick={read} disabled={status.link !== "open" || state === "reading"}>
        {state === "reading" ? texts.reading : texts.readCard}
      </button>
      {state === "error" ? <p className="field-error">{texts.readFailed}</p> : null}
      {shown ? (
        <p className="counter-card-reader__who">
          {shown.name} <span>{shown.id}</span>
        </p>
      ) : null}
    </div>
  );
}
