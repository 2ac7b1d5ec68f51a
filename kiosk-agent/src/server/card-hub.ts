import type { KeyObject } from "node:crypto";
import { chooseReader } from "../agent/choose-reader.js";
import { canHoldRealCard } from "../agent/create-backend.js";
import { readFromReader } from "../agent/read-from-reader.js";
import { signAttestation } from "../attestation/attestation.js";
import { ReaderError } from "../backend/errors.js";
import type { CardBackend, ReaderState } from "../backend/types.js";
import { CardError } from "../card/errors.js";
import type { CardRead } from "../card/types.js";
import type { Logger } from "../logger.js";
import { AGENT_VERSION } from "../version.js";
import { sampleCardNames } from "../virtual/sample-cards.js";
import type { VirtualBackend } from "../virtual/virtual-backend.js";
import {
  PROTOCOL_VERSION,
  parseClientMessage,
  type ErrorCode,
  type ReadRequest,
  type ServerMessage,
} from "./protocol.js";

/** A connected page, abstracted from the socket so the hub is testable without one. */
export interface HubClient {
  send(message: ServerMessage): void;
}

export interface CardHubOptions {
  backend: CardBackend;
  virtual: VirtualBackend | undefined;
  deviceId: string;
  privateKey: KeyObject;
  logger: Logger;
  /** Serve only this reader (the agent was started with a reader name); others are ignored. */
  onlyReader?: string | undefined;
  /** Leave out vsmartcard-vpcd readers while they hold no card ("auto"). */
  hideEmptyVirtualPcd?: boolean;
}

/**
 * The agent's brain between readers and pages: broadcasts reader state to every page, reads a
 * card for the pages that asked (`read` with a nonce), and sends the signed data only to them.
 * One read per reader at a time; a failed card is not re-read until it is re-inserted or a
 * page asks again, so a bad card cannot make the agent loop.
 */
export class CardHub {
  private readonly clients = new Set<HubClient>();
  private readonly pending = new Map<HubClient, ReadRequest>();
  private readonly busy = new Set<string>();
  private readonly inserted = new Map<string, number>();
  private readonly failedInsertion = new Map<string, number>();
  private readonly inFlight = new Set<Promise<void>>();
  private closed = false;

  constructor(private readonly options: CardHubOptions) {
    const { backend } = options;
    backend.on("readers", this.onReaders);
    backend.on("service", this.onReaders);
    backend.on("card-inserted", this.onInserted);
    backend.on("card-removed", this.onRemoved);
  }

  async close(): Promise<void> {
    this.closed = true;
    const { backend } = this.options;
    backend.off("readers", this.onReaders);
    backend.off("service", this.onReaders);
    backend.off("card-inserted", this.onInserted);
    backend.off("card-removed", this.onRemoved);
    this.pending.clear();
    this.clients.clear();
    await Promise.allSettled([...this.inFlight]);
  }

  addClient(client: HubClient): void {
    this.clients.add(client);
    const hello: ServerMessage = {
      type: "hello",
      protocol: PROTOCOL_VERSION,
      agentVersion: AGENT_VERSION,
      deviceId: this.options.deviceId,
      mode: this.options.backend.mode,
      ...(this.options.virtual === undefined ? {} : { virtualCards: sampleCardNames() }),
    };
    client.send(hello);
    client.send(this.readersMessage());
  }

  removeClient(client: HubClient): void {
    this.clients.delete(client);
    this.pending.delete(client);
  }

  handle(client: HubClient, raw: string): void {
    const parsed = parseClientMessage(raw);
    if (!parsed.ok) return client.send({ type: "error", code: "bad-request", message: parsed.error });
    const message = parsed.message;
    switch (message.type) {
      case "read":
        return this.requestRead(client, message);
      case "cancel":
        this.pending.delete(client);
        return;
      case "virtual-insert":
      case "virtual-remove":
        return this.virtualCommand(client, message.type, message.type === "virtual-insert" ? message.card : undefined);
    }
  }

  private requestRead(client: HubClient, request: ReadRequest): void {
    this.pending.set(client, request);
    // An explicit request is a fresh chance for a card that failed before.
    this.failedInsertion.clear();
    const { backend } = this.options;
    const readers = this.readers();
    if (!backend.serviceAvailable) {
      client.send({ type: "error", code: "no-service", message: "The PC/SC service is not running; the read will start when it is back" });
    } else if (readers.length === 0 || (request.reader !== undefined && chooseReader(readers, request.reader) === undefined)) {
      client.send({ type: "error", code: "no-reader", message: "No card reader is attached; the read will start when a card is inserted" });
    }
    this.schedule();
  }

  private virtualCommand(client: HubClient, type: "virtual-insert" | "virtual-remove", card: string | undefined): void {
    const virtual = this.options.virtual;
    if (virtual === undefined) {
      return client.send({ type: "error", code: "not-virtual", message: "The agent runs with a real PC/SC reader; virtual cards are off" });
    }
    if (type === "virtual-remove") return virtual.remove();
    if (card !== undefined && !sampleCardNames().includes(card)) {
      return client.send({ type: "error", code: "unknown-card", message: `No sample card named ${card}` });
    }
    virtual.insert(card);
  }

  /** The readers this agent serves: all of them, or only the configured one. */
  private readers(): ReaderState[] {
    const only = this.options.onlyReader;
    let readers = this.options.backend.readers();
    if (this.options.hideEmptyVirtualPcd === true) readers = readers.filter(canHoldRealCard);
    return only === undefined ? readers : readers.filter((reader) => reader.name === only);
  }

  private serves(reader: string): boolean {
    return this.options.onlyReader === undefined || this.options.onlyReader === reader;
  }

  private readonly onReaders = (): void => this.broadcast(this.readersMessage());

  private readonly onInserted = (reader: string): void => {
    if (!this.serves(reader)) return;
    this.inserted.set(reader, (this.inserted.get(reader) ?? 0) + 1);
    this.broadcast({ type: "card-inserted", reader });
    this.schedule();
  };

  private readonly onRemoved = (reader: string): void => {
    if (!this.serves(reader)) return;
    this.broadcast({ type: "card-removed", reader });
  };

  private readersMessage(): ServerMessage {
    const { backend } = this.options;
    return {
      type: "readers",
      service: backend.serviceAvailable ? "available" : "unavailable",
      readers: this.readers().map(({ name, cardPresent }) => ({ name, cardPresent })),
    };
  }

  private broadcast(message: ServerMessage): void {
    for (const client of this.clients) client.send(message);
  }

  /** Starts a read on every reader that holds a card some page is waiting for. */
  private schedule(): void {
    if (this.closed || this.pending.size === 0) return;
    const readers = this.readers();
    const targets = new Set<string>();
    for (const request of this.pending.values()) {
      const reader = chooseReader(readers, request.reader);
      if (reader?.cardPresent === true) targets.add(reader.name);
    }
    for (const reader of targets) {
      if (this.busy.has(reader)) continue;
      if (this.failedInsertion.get(reader) === (this.inserted.get(reader) ?? 0)) continue;
      const run = this.read(reader).finally(() => this.inFlight.delete(run));
      this.inFlight.add(run);
    }
  }

  private async read(reader: string): Promise<void> {
    const { backend, logger } = this.options;
    this.busy.add(reader);
    const readers = this.readers();
    const requests = [...this.pending].filter(([, request]) => chooseReader(readers, request.reader)?.name === reader);
    try {
      const read = await readFromReader({ backend, reader, photo: requests.some(([, request]) => request.photo === true) });
      const readAt = new Date().toISOString();
      // The built-in virtual reader only ever holds the demo card: the signature says so.
      const source = backend.mode === "virtual" ? ("virtual" as const) : undefined;
      let delivered = 0;
      for (const [client, request] of requests) {
        if (this.pending.get(client) !== request) continue; // cancelled or replaced meanwhile
        this.pending.delete(client);
        const data = request.photo === true ? read : withoutPhoto(read);
        const attestation = signAttestation({ privateKey: this.options.privateKey, deviceId: this.options.deviceId, nonce: request.nonce, data, readAt, source });
        client.send({ type: "card-read", reader, data, attestation });
        delivered++;
      }
      logger.info("card read", { reader, apdus: read.meta.apdus, ms: read.meta.ms, delivered });
    } catch (error) {
      const { code, message } = describeError(error);
      this.failedInsertion.set(reader, this.inserted.get(reader) ?? 0);
      logger.warn("card read failed", { reader, code });
      // Only the error's name and frames: a message could in theory quote bytes from the card.
      if (code === "internal") logger.error("unexpected error during a read", { name: (error as Error)?.name, stack: (error as Error)?.stack?.split("\n").slice(1, 5).join(" | ") });
      for (const [client, request] of requests) {
        if (this.pending.get(client) === request) client.send({ type: "error", code, message, reader });
      }
    } finally {
      this.busy.delete(reader);
      this.schedule();
    }
  }
}

function withoutPhoto(read: CardRead): CardRead {
  const { photo: _photo, ...rest } = read;
  return rest;
}

/** Maps failures to the protocol's codes; messages never carry card data. */
export function describeError(error: unknown): { code: ErrorCode; message: string } {
  if (error instanceof CardError) return { code: error.code, message: error.message };
  if (error instanceof ReaderError) {
    if (error.code === "no-service" || error.code === "no-reader") return { code: error.code, message: error.message };
    return { code: "transmit-failed", message: "Talking to the card reader failed" };
  }
  return { code: "internal", message: "Internal error in the agent" };
}
