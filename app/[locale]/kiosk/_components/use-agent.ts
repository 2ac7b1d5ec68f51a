"use client";

import { useCallback, useEffect, useRef, useState } from "react";

/** What the agent says (kiosk-agent/README.md, "WebSocket API"); only the fields the page reads. */
export type AgentMessage =
  | { type: "hello"; protocol: number; mode: string; virtualCards?: string[] }
  | { type: "readers"; service: "available" | "unavailable"; readers: { name: string; cardPresent: boolean }[] }
  | { type: "card-inserted"; reader: string }
  | { type: "card-read"; reader: string; data: unknown; attestation: { nonce: string } & Record<string, unknown> }
  | { type: "card-removed"; reader: string }
  | { type: "error"; code: string; reader?: string };

export type AgentCommand =
  | { type: "read"; nonce: string; photo: false }
  | { type: "cancel" }
  | { type: "virtual-insert"; card?: string }
  | { type: "virtual-remove" };

export type AgentLink = "connecting" | "open" | "down";

export type AgentStatus = {
  link: AgentLink;
  virtual: boolean;
  virtualCards: string[];
  service: "available" | "unavailable" | null;
  readers: { name: string; cardPresent: boolean }[];
};

const CLOSED: Omit<AgentStatus, "link"> = { virtual: false, virtualCards: [], service: null, readers: [] };
const PROTOCOL = 1;
/** Reconnect quickly at first (the agent may just be starting), then every 10 s at most. */
const BACKOFF_MS = [250, 500, 1000, 2000, 4000, 8000, 10000];

/**
 * The WebSocket to the local card agent, reconnecting with backoff. Card data passes through
 * `onMessage` only: nothing is logged or stored here.
 */
export function useAgent(url: string, onMessage: (message: AgentMessage) => void) {
  const [status, setStatus] = useState<AgentStatus>({ link: "connecting", ...CLOSED });
  const socketRef = useRef<WebSocket | null>(null);
  const handlerRef = useRef(onMessage);
  useEffect(() => {
    handlerRef.current = onMessage;
  }, [onMessage]);

  useEffect(() => {
    let stopped = false;
    let attempt = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const connect = () => {
      let socket: WebSocket;
      try {
        socket = new WebSocket(url);
      } catch {
        return retry();
      }
      socketRef.current = socket;
      socket.onmessage = (event) => {
        let message: AgentMessage;
        try {
          message = JSON.parse(String(event.data)) as AgentMessage;
        } catch {
          return;
        }
        if (message.type === "hello") {
          if (message.protocol !== PROTOCOL) return socket.close();
          attempt = 0;
          setStatus((now) => ({ ...now, link: "open", virtual: message.mode === "virtual", virtualCards: message.virtualCards ?? [] }));
        } else if (message.type === "readers") {
          setStatus((now) => ({ ...now, service: message.service, readers: message.readers }));
        } else if (message.type === "card-inserted" || message.type === "card-removed") {
          const present = message.type === "card-inserted";
          setStatus((now) => ({ ...now, readers: now.readers.map((r) => (r.name === message.reader ? { ...r, cardPresent: present } : r)) }));
        }
        handlerRef.current(message);
      };
      socket.onclose = () => {
        if (socketRef.current === socket) socketRef.current = null;
        if (stopped) return;
        retry();
      };
    };

    const retry = () => {
      // One quick failure is "connecting"; after that the kiosk says plainly that it is down.
      setStatus({ link: attempt === 0 ? "connecting" : "down", ...CLOSED });
      const delay = BACKOFF_MS[Math.min(attempt, BACKOFF_MS.length - 1)]!;
      attempt++;
      timer = setTimeout(connect, delay);
    };

    connect();
    return () => {
      stopped = true;
      clearTimeout(timer);
      socketRef.current?.close();
      socketRef.current = null;
    };
  }, [url]);

  const send = useCallback((command: AgentCommand): boolean => {
    const socket = socketRef.current;
    if (socket === null || socket.readyState !== WebSocket.OPEN) return false;
    socket.send(JSON.stringify(command));
    return true;
  }, []);

  return { status, send };
}

export type ReaderState = "connecting" | "agentDown" | "noService" | "noReader" | "ready" | "cardPresent";

/** What the attract screen says about the reader. */
export function readerState(status: AgentStatus): ReaderState {
  if (status.link === "connecting") return "connecting";
  if (status.link === "down") return "agentDown";
  if (status.service === "unavailable") return "noService";
  if (status.service === null) return "connecting";
  if (status.readers.length === 0) return "noReader";
  return status.readers.some((reader) => reader.cardPresent) ? "cardPresent" : "ready";
}
