/** Where a service can be requested. */
export const CHANNELS = ["kiosk", "counter", "online"] as const;
export type Channel = (typeof CHANNELS)[number];
