import { createServer, type IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer, type WebSocket } from "ws";
import { createBackend, type ReaderChoice } from "../agent/create-backend.js";
import { loadOrCreateDeviceKey } from "../attestation/device-key.js";
import { resolveConfigDir } from "../attestation/config-dir.js";
import type { BackendMode } from "../backend/types.js";
import { silentLogger, type Logger } from "../logger.js";
import type { PcscFactory } from "../pcsc/binding.js";
import type { VirtualBackend } from "../virtual/virtual-backend.js";
import { CardHub, type HubClient } from "./card-hub.js";
import { createOriginCheck, isLoopbackHost } from "./origin.js";
import type { ServerMessage } from "./protocol.js";

export const DEFAULT_PORT = 8189;
/** Loopback only: the agent hands out personal data and must never be reachable from the LAN. */
export const AGENT_HOST = "127.0.0.1";

export interface StartAgentOptions {
  /** Default 8189; 0 picks a free port (tests). */
  port?: number;
  /** Page origins allowed to connect, e.g. ["http://localhost:3000"]. At least one. */
  allowOrigins: readonly string[];
  /** "auto" (default), "pcsc", "virtual" or a reader name. */
  reader?: ReaderChoice;
  /** Silent by default. */
  logger?: Logger;
  /** Where the device key lives; default from KIOSK_AGENT_CONFIG_DIR / XDG_CONFIG_HOME. */
  configDir?: string;
  /** Delay per exchange of the built-in virtual reader (demo realism, tests). */
  virtualDelayMs?: number;
  /** Injected in tests instead of the native `pcsclite`. */
  pcscFactory?: PcscFactory;
  /** false: "auto" never uses the built-in virtual (demo) card (a production kiosk). */
  demo?: boolean;
}

export interface RunningAgent {
  /** e.g. ws://127.0.0.1:8189 */
  url: string;
  address: { host: typeof AGENT_HOST; port: number };
  deviceId: string;
  /** Base64 SPKI DER, what `kiosk-agent identity` prints. */
  publicKey: string;
  mode: BackendMode;
  /** Why "auto" chose the virtual reader, if it did. */
  notice: string | undefined;
  /** The built-in virtual reader in virtual mode (tests and demos drive it directly). */
  virtual: VirtualBackend | undefined;
  close(): Promise<void>;
}

/**
 * Starts the local agent: card backend, device key, and the WebSocket API on 127.0.0.1.
 * The web server can run it in-process (`npm start`) or the CLI runs it (`kiosk-agent serve`).
 */
export async function startAgent(options: StartAgentOptions): Promise<RunningAgent> {
  if (options.allowOrigins.length === 0) throw new TypeError("startAgent needs at least one allowed origin");
  const originAllowed = createOriginCheck(options.allowOrigins);
  const logger = options.logger ?? silentLogger;
  const identity = loadOrCreateDeviceKey(options.configDir ?? resolveConfigDir());
  const { backend, virtual, notice } = await createBackend({
    reader: options.reader ?? "auto",
    logger,
    ...(options.pcscFactory === undefined ? {} : { pcscFactory: options.pcscFactory }),
    ...(options.virtualDelayMs === undefined ? {} : { virtualDelayMs: options.virtualDelayMs }),
    ...(options.demo === undefined ? {} : { demo: options.demo }),
  });
  const choice = options.reader ?? "auto";
  const onlyReader = ["auto", "pcsc", "virtual"].includes(choice) ? undefined : choice;
  // "auto" looks past empty vpcd readers, so the kiosk does not say "ready" with nothing to read.
  const hub = new CardHub({ backend, virtual, deviceId: identity.deviceId, privateKey: identity.privateKey, logger, onlyReader, hideEmptyVirtualPcd: choice === "auto" });

  const http = createServer((_request, response) => {
    response.writeHead(426, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
    response.end("This is the kiosk agent's WebSocket endpoint.\n");
  });
  // Small inbound frames only: pages send short commands, never data.
  const wss = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  let port = 0;

  http.on("upgrade", (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!originAllowed(request.headers.origin) || !isLoopbackHost(request.headers.host, port)) {
      logger.warn("refused a connection", { origin: request.headers.origin ?? null });
      socket.end("HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: 10\r\n\r\nForbidden\n");
      socket.destroy();
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => attach(ws));
  });

  const attach = (ws: WebSocket): void => {
    const client: HubClient = {
      send: (message: ServerMessage) => {
        if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
      },
    };
    hub.addClient(client);
    ws.on("message", (raw, isBinary) => {
      if (isBinary) return client.send({ type: "error", code: "bad-request", message: "Messages must be text JSON" });
      hub.handle(client, raw.toString());
    });
    ws.on("close", () => hub.removeClient(client));
    ws.on("error", () => hub.removeClient(client));
  };

  try {
    await new Promise<void>((resolve, reject) => {
      http.once("error", reject);
      http.listen(options.port ?? DEFAULT_PORT, AGENT_HOST, () => {
        http.off("error", reject);
        resolve();
      });
    });
  } catch (error) {
    await hub.close();
    await backend.stop();
    throw error;
  }
  const address = http.address();
  port = typeof address === "object" && address !== null ? address.port : 0;
  logger.info("agent listening", { url: `ws://${AGENT_HOST}:${port}`, mode: backend.mode });

  let closing: Promise<void> | undefined;
  return {
    url: `ws://${AGENT_HOST}:${port}`,
    address: { host: AGENT_HOST, port },
    deviceId: identity.deviceId,
    publicKey: identity.publicKey,
    mode: backend.mode,
    notice,
    virtual,
    close: () => {
      closing ??= (async () => {
        for (const ws of wss.clients) ws.terminate();
        wss.close();
        const closed = new Promise<void>((resolve) => http.close(() => resolve()));
        http.closeAllConnections();
        await closed;
        await hub.close();
        await backend.stop();
      })();
      return closing;
    },
  };
}
