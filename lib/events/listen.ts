import { cancellableWait, messageOf, openDedicatedConnection, reconnectDelayMs } from "@/lib/db/dedicated-connection";

export type Listening = {
  /** Settles once LISTEN is in place (the first time); notifications sent before are not received. */
  ready: () => Promise<void>;
  close: () => Promise<void>;
};

/**
 * LISTEN on `channel` over a dedicated connection and hand each notification's payload to
 * `onPayload`. A lost connection is reopened after a growing delay and logged by its message
 * only; what was sent while it was down is not received (the catalogue reloads every 2 s
 * anyway, and staff streams recheck their session every 15 s).
 */
export function listenForNotifications(options: { url: string; channel: string; onPayload: (payload: string) => void }): Listening {
  const { url, channel, onPayload } = options;
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`not a plain channel name: ${channel}`);
  let closed = false;
  let current: { end: () => Promise<void> } | null = null;
  const pause = cancellableWait();
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const run = async () => {
    for (let failures = 0; !closed; failures++) {
      try {
        const { client, lost } = await openDedicatedConnection(url, "live channel");
        client.on("notification", (message) => {
          if (message.channel === channel && message.payload !== undefined) onPayload(message.payload);
        });
        current = client;
        if (closed) break;
        await client.query(`LISTEN ${channel}`);
        failures = 0;
        markReady();
        const error = await lost;
        current = null;
        if (closed) break;
        console.error(`[ko] live channel connection lost (${messageOf(error)}); reconnecting`);
        void client.end().catch(() => {});
      } catch (error) {
        if (closed) break;
        console.error(`[ko] live channel cannot listen (${messageOf(error)}); retrying`);
        const stale = current;
        current = null;
        void stale?.end().catch(() => {});
      }
      await pause.wait(reconnectDelayMs(failures));
    }
  };
  void run();

  return {
    ready: () => ready,
    close: async () => {
      closed = true;
      pause.cancel();
      const open = current;
      current = null;
      await open?.end().catch(() => {});
    },
  };
}
