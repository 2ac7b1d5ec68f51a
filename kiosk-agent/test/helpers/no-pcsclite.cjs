// Preloaded with `node --require` to make the optional native `pcsclite` impossible to load,
// as on a machine without libpcsclite.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS preload by design
const Module = require("node:module");
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === "pcsclite") {
    throw Object.assign(new Error("Cannot find module 'pcsclite'"), { code: "MODULE_NOT_FOUND" });
  }
  return resolve.call(this, request, ...rest);
};
