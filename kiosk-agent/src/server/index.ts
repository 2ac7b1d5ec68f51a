/** The local WebSocket API the kiosk page talks to. */
export * from "./card-hub.js";
export * from "./origin.js";
export * from "./protocol.js";
export * from "./start-agent.js";
export type { ReaderChoice } from "../agent/create-backend.js";
export type { Logger } from "../logger.js";
export type * from "../card/types.js";
export type { Attestation } from "../attestation/attestation.js";
