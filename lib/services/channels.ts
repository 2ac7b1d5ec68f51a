/**
 * Where a service can be requested. `open311`: by another system (a province's platform, a
 * chatbot) through the GeoReport v2 API, with no citizen ID (lib/open311).
 */
export const CHANNELS = ["kiosk", "counter", "online", "open311"] as const;
export type Channel = (typeof CHANNELS)[number];
