"use client";

import { useState } from "react";
import type { KioskTexts } from "./texts";
import type { AgentCommand } from "./use-agent";

/**
 * Only when the agent runs its virtual reader and demo mode is allowed: insert and remove a
 * fictional sample card, so a newcomer can try the whole flow without a card.
 */
export function DemoControls({ t, cards, send }: { t: KioskTexts; cards: string[]; send: (command: AgentCommand) => boolean }) {
  const [card, setCard] = useState(cards.includes("ko-resident") ? "ko-resident" : (cards[0] ?? ""));
  return (
    <div className="kiosk-demo" role="group" aria-label={t.demo.label}>
      <span className="kiosk-demo__label">{t.demo.label}</span>
      {cards.length > 1 ? (
        <label className="kiosk-demo__card">
          <span className="kiosk-visually-hidden">{t.demo.card}</span>
          <select value={card} onChange={(event) => setCard(event.target.value)}>
            {cards.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <button type="button" className="kiosk-button kiosk-button--small" onClick={() => send(card ? { type: "virtual-insert", card } : { type: "virtual-insert" })}>
        {t.demo.insert}
      </button>
      <button type="button" className="kiosk-button kiosk-button--small" onClick={() => send({ type: "virtual-remove" })}>
        {t.demo.remove}
      </button>
    </div>
  );
}
