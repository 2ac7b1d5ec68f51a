import { EventEmitter } from "node:events";
import { ReaderError } from "../backend/errors.js";
import type { BackendEvents, CardBackend, CardSession, ReaderState } from "../backend/types.js";
import { silentLogger, type Logger } from "../logger.js";
import { SCARD, type PcscContext, type PcscFactory, type PcscReader, type PcscStatus } from "./binding.js";
import { openCardSession } from "./connection.js";

export interface PcscBackendOptions {
  factory: PcscFactory;
  logger?: Logger;
  /** Pause between attempts to reach pcscd after it went away (restart, not started yet). */
  retryMs?: number;
  /** How long start() waits for the first reader list (the binding gives no "list done" event). */
  settleMs?: number;
  transmitTimeoutMs?: number;
}

interface Entry {
  reader: PcscReader;
  state: number;
  present: boolean;
  atr: Buffer | null;
  initialized: boolean;
}

/**
 * Watches PC/SC readers: readers appearing and disappearing, cards inserted and removed, and
 * pcscd itself going away. When pcscd restarts the whole context is dropped and re-created
 * every `retryMs`, so the agent recovers without a restart of its own.
 */
export class PcscBackend extends EventEmitter<BackendEvents> implements CardBackend {
  readonly mode = "pcsc" as const;
  private context: PcscContext | null = null;
  private readonly entries = new Map<string, Entry>();
  private available = false;
  private stopped = true;
  private retryTimer: NodeJS.Timeout | null = null;
  private readonly logger: Logger;
  private readonly retryMs: number;
  private readonly settleMs: number;

  constructor(private readonly options: PcscBackendOptions) {
    super();
    this.logger = options.logger ?? silentLogger;
    this.retryMs = options.retryMs ?? 500;
    this.settleMs = options.settleMs ?? 250;
  }

  get serviceAvailable(): boolean {
    return this.available;
  }

  async start(): Promise<void> {
    if (!this.stopped) return;
    this.stopped = false;
    if (!this.open()) return;
    await this.settle();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.teardown(false);
  }

  readers(): ReaderState[] {
    return [...this.entries.values()]
      .map((entry) => ({
        name: entry.reader.name,
        cardPresent: entry.present,
        atr: entry.atr === null ? null : entry.atr.toString("hex").toUpperCase(),
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  async connect(name: string): Promise<CardSession> {
    const entry = this.entries.get(name);
    if (entry === undefined) throw new ReaderError(this.available ? "no-reader" : "no-service", `No reader named ${name}`);
    if (!entry.present || entry.atr === null) throw new ReaderError("no-card", "No card in the reader");
    const options = { atr: entry.atr, ...(this.options.transmitTimeoutMs === undefined ? {} : { transmitTimeoutMs: this.options.transmitTimeoutMs }) };
    return openCardSession(entry.reader, options);
  }

  /** Waits for the first reader events and each reader's first status, within bounds. */
  private async settle(): Promise<void> {
    const deadline = Date.now() + this.settleMs + 1000;
    await new Promise((resolve) => setTimeout(resolve, this.settleMs));
    while (Date.now() < deadline && [...this.entries.values()].some((entry) => !entry.initialized)) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  private open(): boolean {
    let context: PcscContext;
    try {
      context = this.options.factory();
    } catch (error) {
      this.logger.debug("PC/SC service not reachable", { error: (error as Error).message });
      this.setAvailable(false);
      this.scheduleRetry();
      return false;
    }
    this.context = context;
    context.on("reader", (reader: PcscReader) => this.addReader(context, reader));
    context.on("error", (error: Error) => this.onContextError(context, error));
    this.setAvailable(true);
    return true;
  }

  private scheduleRetry(): void {
    if (this.stopped || this.retryTimer !== null) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (!this.stopped && this.context === null) this.open();
    }, this.retryMs);
  }

  private onContextError(context: PcscContext, error: Error): void {
    if (context !== this.context) return;
    this.logger.warn("PC/SC service lost; reconnecting", { error: error.message });
    this.teardown(true);
    this.scheduleRetry();
  }

  /** Drops the context and every reader, reporting cards as removed. */
  private teardown(emit: boolean): void {
    const context = this.context;
    this.context = null;
    const entries = [...this.entries.values()];
    this.entries.clear();
    for (const entry of entries) {
      if (emit && entry.present) this.emit("card-removed", entry.reader.name);
      safely(() => entry.reader.close());
    }
    if (context !== null) safely(() => context.close());
    if (emit) {
      this.setAvailable(false);
      this.emit("readers", this.readers());
    } else {
      this.available = false;
    }
  }

  private setAvailable(available: boolean): void {
    if (this.available === available) return;
    this.available = available;
    this.emit("service", available);
  }

  private addReader(context: PcscContext, reader: PcscReader): void {
    if (context !== this.context) return;
    const entry: Entry = { reader, state: 0, present: false, atr: null, initialized: false };
    this.entries.set(reader.name, entry);
    this.logger.info("reader attached", { reader: reader.name });
    reader.on("status", (status: PcscStatus) => this.onStatus(entry, status));
    reader.on("end", () => this.onEnd(entry));
    reader.on("error", (error: Error) => {
      // Without a listener an EventEmitter "error" would crash the process.
      this.logger.warn("reader error", { reader: reader.name, error: error.message });
    });
    this.emit("readers", this.readers());
  }

  private onStatus(entry: Entry, status: PcscStatus): void {
    if (this.entries.get(entry.reader.name) !== entry) return;
    const state = status.state;
    const present = (state & SCARD.STATE_PRESENT) !== 0;
    // pcsc-lite counts insertions/removals in the upper 16 bits: a card swapped between two
    // polls shows as "present -> present" with a changed counter.
    const swapped = entry.initialized && entry.present && present && (state >>> 16) !== (entry.state >>> 16);
    const wasPresent = entry.present;
    entry.state = state;
    entry.initialized = true;
    entry.present = present;
    entry.atr = present ? (status.atr ?? Buffer.alloc(0)) : null;
    const name = entry.reader.name;
    if (swapped || (wasPresent && !present)) this.emit("card-removed", name);
    if (swapped || (!wasPresent && present)) this.emit("card-inserted", name, Buffer.from(entry.atr ?? []));
    if (swapped || wasPresent !== present) this.emit("readers", this.readers());
  }

  private onEnd(entry: Entry): void {
    const name = entry.reader.name;
    if (this.entries.get(name) !== entry) return;
    this.entries.delete(name);
    this.logger.info("reader detached", { reader: name });
    if (entry.present) this.emit("card-removed", name);
    this.emit("readers", this.readers());
  }
}

function safely(action: () => void): void {
  try {
    action();
  } catch {
    // Closing something already dead is fine.
  }
}
