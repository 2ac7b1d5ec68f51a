/** The project's own virtual Thai ID card, its vpcd plug and the in-process reader. */
export * from "./card-file.js";
export * from "./sample-cards.js";
export * from "./virtual-backend.js";
export * from "./virtual-card.js";
export * from "./vpcd-card.js";
export * from "./vpcd-framing.js";
