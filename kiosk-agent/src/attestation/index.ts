/**
 * Attestation of card reads, shared by the agent (signing) and the web server (verifying).
 * Only node:crypto and node:fs: safe to import from the server without the native reader code.
 */
export * from "./attestation.js";
export * from "./canonical.js";
export * from "./config-dir.js";
export * from "./device-key.js";
export * from "./keys.js";
