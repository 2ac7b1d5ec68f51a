import WebSocket from "ws";
import type { ServerMessage } from "../../../src/server/protocol.js";

/** A page-like WebSocket client that records every message and can wait for one. */
export class PageClient {
  readonly messages: ServerMessage[] = [];
  private constructor(readonly ws: WebSocket) {
    ws.on("message", (raw) => this.messages.push(JSON.parse(raw.toString()) as ServerMessage));
  }

  static connect(url: string, origin: string | undefined): Promise<PageClient> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, origin === undefined ? {} : { origin });
      const client = new PageClient(ws);
      ws.once("open", () => resolve(client));
      ws.once("unexpected-response", (_request, response) => reject(Object.assign(new Error(`HTTP ${response.statusCode}`), { status: response.statusCode })));
      ws.once("error", reject);
    });
  }

  send(message: object): void {
    this.ws.send(JSON.stringify(message));
  }

  of<T extends ServerMessage["type"]>(type: T): Extract<ServerMessage, { type: T }>[] {
    return this.messages.filter((m): m is Extract<ServerMessage, { type: T }> => m.type === type);
  }

  private readonly consumed = new Map<string, number>();

  /**
   * Waits for the next message of a type not yet returned by next(), optionally one that
   * matches; earlier non-matching messages of that type are skipped.
   */
  async next<T extends ServerMessage["type"]>(
    type: T,
    matches: (message: Extract<ServerMessage, { type: T }>) => boolean = () => true,
    timeoutMs = 10_000,
  ): Promise<Extract<ServerMessage, { type: T }>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const list = this.of(type);
      const from = this.consumed.get(type) ?? 0;
      const index = list.findIndex((message, i) => i >= from && matches(message));
      if (index >= 0) {
        this.consumed.set(type, index + 1);
        return list[index]!;
      }
      if (Date.now() > deadline) throw new Error(`no matching ${type}; got ${this.messages.map((m) => m.type).join(",")}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  close(): void {
    this.ws.close();
  }
}
