import { EventEmitter } from "node:events";
import { connect, type Socket } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { silentLogger, type Logger } from "../logger.js";
import type { VirtualThaiIdCard } from "./virtual-card.js";
import { FrameReader, frame, VPCD_CONTROL } from "./vpcd-framing.js";

export interface VpcdCardOptions {
  card: VirtualThaiIdCard;
  host?: string;
  /** vpcd's port: 35963 is reader "Virtual PCD 00 00", 35964 "Virtual PCD 00 01". */
  port?: number;
  /** Added before answering each command APDU, to imitate a slow chip. */
  delayMs?: number;
  /** Pull the card (close the socket) instead of answering command APDU number N + 1. */
  removeAfterApdus?: number;
  /** How long to wait between attempts while vpcd is not listening (pcscd down). */
  retryMs?: number;
  logger?: Logger;
}

interface VpcdCardEvents {
  connected: [];
  disconnected: [];
  /** The card pulled itself out (removeAfterApdus reached); it will not come back. */
  removed: [];
  /** vpcd is not listening (pcscd down or without the vpcd driver); retrying. Once per outage. */
  waiting: [];
}

/**
 * Plugs a virtual card into vsmartcard-vpcd, the pcscd driver that exposes a TCP socket per
 * virtual reader. An open socket is an inserted card; closing it is pulling the card out.
 * When pcscd restarts the socket drops, and the card keeps reconnecting until stopped, as a
 * card left in a reader would reappear.
 */
export class VpcdCard extends EventEmitter<VpcdCardEvents> {
  private socket: Socket | null = null;
  private stopped = true;
  private commandApdus = 0;
  private loop: Promise<void> | null = null;
  private readonly options: Required<Omit<VpcdCardOptions, "removeAfterApdus">> & { removeAfterApdus?: number };

  constructor(options: VpcdCardOptions) {
    super();
    this.options = {
      host: "127.0.0.1",
      port: 35963,
      delayMs: 0,
      retryMs: 250,
      logger: silentLogger,
      ...options,
    };
  }

  get connected(): boolean {
    return this.socket !== null;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.socket?.destroy();
    await this.loop;
  }

  private async run(): Promise<void> {
    let warned = false;
    while (!this.stopped) {
      const outcome = await this.session();
      if (outcome === "refused" && !warned) {
        warned = true;
        this.emit("waiting");
      }
      if (outcome === "closed") warned = false;
      if (outcome === "removed") {
        this.stopped = true;
        this.emit("removed");
        return;
      }
      if (!this.stopped) await sleep(this.options.retryMs);
    }
  }

  /** One connection to vpcd; resolves when it ends. */
  private session(): Promise<"closed" | "refused" | "removed"> {
    const { host, port, logger } = this.options;
    return new Promise((resolve) => {
      let removed = false;
      let wasConnected = false;
      const socket = connect({ host, port });
      socket.setNoDelay(true);
      const reader = new FrameReader();
      // Answers must go out in order even when a delay is added, so chain them.
      let queue = Promise.resolve();

      socket.on("connect", () => {
        wasConnected = true;
        this.socket = socket;
        this.options.card.reset();
        logger.info("virtual card inserted", { host, port });
        this.emit("connected");
      });
      socket.on("data", (chunk: Buffer) => {
        for (const payload of reader.push(chunk)) {
          queue = queue.then(() => this.answer(socket, payload)).then((pulled) => {
            if (pulled) {
              removed = true;
              socket.destroy();
            }
          });
        }
      });
      socket.on("error", () => {
        // ECONNREFUSED while pcscd is down is expected; "close" follows and drives the retry.
      });
      socket.on("close", () => {
        this.socket = null;
        if (wasConnected) {
          logger.info("virtual card disconnected", { host, port });
          this.emit("disconnected");
        }
        resolve(removed ? "removed" : wasConnected ? "closed" : "refused");
      });
    });
  }

  /** Answers one payload; returns true when the card should be pulled instead. */
  private async answer(socket: Socket, payload: Buffer): Promise<boolean> {
    const { card } = this.options;
    if (payload.length === 1) {
      const control = payload[0];
      if (control === VPCD_CONTROL.getAtr) socket.write(frame(card.atr));
      else if (control === VPCD_CONTROL.reset || control === VPCD_CONTROL.powerOn || control === VPCD_CONTROL.powerOff) {
        card.reset();
      }
      return false;
    }
    const limit = this.options.removeAfterApdus;
    if (limit !== undefined && this.commandApdus >= limit) return true;
    this.commandApdus++;
    if (this.options.delayMs > 0) await sleep(this.options.delayMs);
    if (!socket.destroyed) socket.write(frame(card.transmit(payload)));
    return false;
  }
}
