/** The Thai ID applet as pure functions over an injected transmit. No I/O of its own. */
export * from "./apdu.js";
export * from "./address.js";
export * from "./citizen-id.js";
export * from "./dates.js";
export * from "./decode.js";
export * from "./errors.js";
export * from "./jpeg.js";
export * from "./layout.js";
export * from "./names.js";
export * from "./read-card.js";
export * from "./t0.js";
export * from "./tis620.js";
export type * from "./types.js";
