/**
 * vsmartcard-vpcd framing: every message is a 2-byte big-endian length then the payload.
 * The driver may split length and payload across TCP writes, so bytes are buffered until a
 * whole frame is there.
 */
export class FrameReader {
  private buffered: Buffer = Buffer.alloc(0);

  /** Adds received bytes and returns every complete payload they finish. */
  push(chunk: Buffer): Buffer[] {
    this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk]);
    const frames: Buffer[] = [];
    while (this.buffered.length >= 2) {
      const length = this.buffered.readUInt16BE(0);
      if (this.buffered.length < 2 + length) break;
      frames.push(this.buffered.subarray(2, 2 + length));
      this.buffered = this.buffered.subarray(2 + length);
    }
    return frames;
  }
}

export function frame(payload: Buffer): Buffer {
  if (payload.length === 0 || payload.length > 0xffff) throw new RangeError("vpcd payload must be 1..65535 bytes");
  const header = Buffer.alloc(2);
  header.writeUInt16BE(payload.length);
  return Buffer.concat([header, payload]);
}

/** One-byte payloads from the driver are control messages. */
export const VPCD_CONTROL = { powerOff: 0, powerOn: 1, reset: 2, getAtr: 4 } as const;
