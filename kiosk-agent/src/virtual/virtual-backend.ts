import { EventEmitter } from "node:events";
import { setTimeout as sleep } from "node:timers/promises";
import { ReaderError } from "../backend/errors.js";
import type { BackendEvents, CardBackend, CardSession, ReaderState } from "../backend/types.js";
import { silentLogger, type Logger } from "../logger.js";
import { loadSampleCard } from "./sample-cards.js";
import type { LoadedCard } from "./card-file.js";
import { VirtualThaiIdCard, type VirtualCardOptions } from "./virtual-card.js";

export const VIRTUAL_READER_NAME = "Ko Virtual Card Reader";

export interface VirtualBackendOptions {
  logger?: Logger;
  /** Added to every exchange, like `simulate --delay-ms`. */
  delayMs?: number;
}

export interface InsertOptions extends VirtualCardOptions {
  /** Pull the card instead of answering command APDU number N + 1 (tests). */
  removeAfterApdus?: number;
}

interface Inserted {
  card: VirtualThaiIdCard;
  /** Increments per insertion so a session of an earlier card can tell it is stale. */
  generation: number;
  removeAfterApdus: number | undefined;
}

/**
 * An in-process reader holding the virtual card, so the agent (and `npm start`) works on a
 * machine with no PC/SC at all. Card insertion is driven by the kiosk page's demo button
 * (`virtual-insert`) or by tests.
 */
export class VirtualBackend extends EventEmitter<BackendEvents> implements CardBackend {
  readonly mode = "virtual" as const;
  readonly serviceAvailable = true;
  private inserted: Inserted | null = null;
  private generation = 0;
  private readonly logger: Logger;
  private readonly delayMs: number;

  constructor(options: VirtualBackendOptions = {}) {
    super();
    this.logger = options.logger ?? silentLogger;
    this.delayMs = options.delayMs ?? 0;
  }

  async start(): Promise<void> {}

  async stop(): Promise<void> {
    this.inserted = null;
  }

  readers(): ReaderState[] {
    const atr = this.inserted?.card.atr.toString("hex").toUpperCase() ?? null;
    return [{ name: VIRTUAL_READER_NAME, cardPresent: this.inserted !== null, atr }];
  }

  get cardPresent(): boolean {
    return this.inserted !== null;
  }

  /** Inserts a sample card by name (default: the Ko resident) or an already loaded card. */
  insert(card: string | LoadedCard | undefined = undefined, options: InsertOptions = {}): void {
    const loaded = typeof card === "object" ? card : loadSampleCard(card);
    if (this.inserted !== null) this.remove();
    const virtualCard = new VirtualThaiIdCard(loaded.image, options);
    this.generation++;
    this.inserted = { card: virtualCard, generation: this.generation, removeAfterApdus: options.removeAfterApdus };
    this.logger.info("virtual card inserted");
    this.emit("card-inserted", VIRTUAL_READER_NAME, virtualCard.atr);
    this.emit("readers", this.readers());
  }

  remove(): void {
    if (this.inserted === null) return;
    this.inserted = null;
    this.logger.info("virtual card removed");
    this.emit("card-removed", VIRTUAL_READER_NAME);
    this.emit("readers", this.readers());
  }

  async connect(reader: string): Promise<CardSession> {
    if (reader !== VIRTUAL_READER_NAME) throw new ReaderError("no-reader", `No reader named ${reader}`);
    const inserted = this.inserted;
    if (inserted === null) throw new ReaderError("no-card", "No card in the reader");
    let sent = 0;
    return {
      reader,
      atr: inserted.card.atr,
      transmit: async (apdu: Buffer) => {
        if (this.delayMs > 0) await sleep(this.delayMs);
        if (this.inserted?.generation !== inserted.generation) {
          throw new ReaderError("card-removed", "The card was removed");
        }
        if (inserted.removeAfterApdus !== undefined && sent >= inserted.removeAfterApdus) {
          this.remove();
          throw new ReaderError("card-removed", "The card was removed");
        }
        sent++;
        return inserted.card.transmit(apdu);
      },
      close: async () => {},
    };
  }
}
