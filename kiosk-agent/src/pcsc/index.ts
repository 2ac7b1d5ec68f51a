/** The PC/SC layer: reader monitor and card connections over the optional `pcsclite` binding. */
export * from "./binding.js";
export * from "./connection.js";
export * from "./errors.js";
export * from "./load-pcsclite.js";
export * from "./pcsc-backend.js";
