/**
 * kiosk-agent: reads Thai national ID cards over PC/SC and hands them to the kiosk page.
 * Sub-paths: kiosk-agent/attestation (server-side verify), kiosk-agent/server (startAgent),
 * kiosk-agent/card (pure applet functions), kiosk-agent/virtual (virtual card).
 */
export * from "./attestation/index.js";
export * from "./server/index.js";
export * from "./backend/index.js";
export { readFromReader } from "./agent/read-from-reader.js";
export { createBackend } from "./agent/create-backend.js";
export { chooseReader } from "./agent/choose-reader.js";
export { CardError, type CardErrorCode } from "./card/errors.js";
export type * from "./card/types.js";
export { silentLogger, stderrLogger, type Logger } from "./logger.js";
export { AGENT_VERSION } from "./version.js";
