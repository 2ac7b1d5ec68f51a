import { EventEmitter } from "node:events";
import type { PcscCallback, PcscContext, PcscFactory, PcscReader } from "../../src/pcsc/binding.js";
import { SCARD } from "../../src/pcsc/binding.js";
import type { VirtualThaiIdCard } from "../../src/virtual/virtual-card.js";

const pcscError = (method: string, text: string, code: number) => new Error(`${method} error: ${text}(0x${code.toString(16)})`);

/** Behaves like a `pcsclite` CardReader over a virtual card, recording how it is driven. */
export class FakeReader extends EventEmitter implements PcscReader {
  connected = false;
  card: VirtualThaiIdCard | null = null;
  private counter = 0;
  readonly connects: { share_mode: number; protocol: number }[] = [];
  readonly responseLengths: number[] = [];
  readonly dispositions: number[] = [];
  failConnect: Error[] = [];
  failDisconnect = false;
  closed = false;

  constructor(readonly name: string) {
    super();
  }

  insert(card: VirtualThaiIdCard): void {
    this.card = card;
    this.counter++;
    this.emit("status", { state: (this.counter << 16) | SCARD.STATE_PRESENT, atr: card.atr });
  }

  /** A removal and insertion between two polls: still present, counter moved by two. */
  swap(card: VirtualThaiIdCard): void {
    this.card = card;
    this.counter += 2;
    this.emit("status", { state: (this.counter << 16) | SCARD.STATE_PRESENT, atr: card.atr });
  }

  remove(): void {
    this.card = null;
    this.counter++;
    this.emit("status", { state: (this.counter << 16) | SCARD.STATE_EMPTY });
  }

  connect(options: { share_mode: number; protocol: number }, callback: PcscCallback<number>): void {
    this.connects.push(options);
    setImmediate(() => {
      const failure = this.failConnect.shift();
      if (failure !== undefined) return callback(failure, 0);
      if (this.card === null) return callback(pcscError("SCardConnect", "No smart card inserted.", 0x8010000c), 0);
      this.connected = true;
      callback(null, SCARD.PROTOCOL_T0);
    });
  }

  transmit(data: Buffer, responseLength: number, _protocol: number, callback: PcscCallback<Buffer>): void {
    this.responseLengths.push(responseLength);
    setImmediate(() => {
      if (this.card === null) return callback(pcscError("SCardTransmit", "Card was removed.", 0x80100069), Buffer.alloc(0));
      callback(null, this.card.transmit(data));
    });
  }

  disconnect(disposition: number, callback: (error: Error | null | undefined) => void): void {
    this.dispositions.push(disposition);
    setImmediate(() => {
      if (this.failDisconnect) return callback(pcscError("SCardDisconnect", "Invalid handle.", 0x80100003));
      this.connected = false;
      callback(null);
    });
  }

  close(): void {
    this.closed = true;
  }
}

/** A stand-in for pcscd: readers can be plugged, unplugged, and the service killed. */
export class FakePcsc {
  running = true;
  readers: FakeReader[] = [];
  contexts = 0;
  private context: (EventEmitter & PcscContext) | null = null;

  readonly factory: PcscFactory = () => {
    if (!this.running) throw pcscError("SCardEstablishContext", "Service not available.", 0x8010001d);
    this.contexts++;
    const context = Object.assign(new EventEmitter(), { close: () => {} });
    this.context = context;
    const initial = [...this.readers];
    setImmediate(() => initial.forEach((reader) => this.announce(context, reader)));
    return context;
  };

  plug(reader: FakeReader): void {
    this.readers.push(reader);
    if (this.context !== null) this.announce(this.context, reader);
  }

  /** Like the binding: a "reader" event, then the reader's first status. */
  private announce(context: EventEmitter, reader: FakeReader): void {
    context.emit("reader", reader);
    reader.emit("status", { state: reader.card === null ? SCARD.STATE_EMPTY : SCARD.STATE_PRESENT, atr: reader.card?.atr });
  }

  unplug(reader: FakeReader): void {
    this.readers = this.readers.filter((r) => r !== reader);
    reader.emit("end");
  }

  /** pcscd dies: readers end and the context reports an error, as the binding does. */
  kill(): void {
    this.running = false;
    for (const reader of this.readers) reader.emit("end");
    this.context?.emit("error", pcscError("SCardGetStatusChange", "Service was stopped.", 0x8010001e));
    this.context = null;
  }
}
