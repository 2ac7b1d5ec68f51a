import { resolveConfigDir } from "../../attestation/config-dir.js";
import { loadOrCreateDeviceKey } from "../../attestation/device-key.js";
import { parseArgs } from "node:util";
import { asUsage } from "../args.js";
import { EXIT } from "../exit-codes.js";

/** The public key is base64 SPKI DER: one line to paste into `npm run kiosk -- enroll`. */
export async function identityCommand(args: string[], out: (line: string) => void): Promise<number> {
  const { values } = asUsage(() => parseArgs({ args, strict: true, allowPositionals: false, options: { json: { type: "boolean" } } }));
  const identity = loadOrCreateDeviceKey(resolveConfigDir());
  if (values.json === true) {
    out(JSON.stringify({ deviceId: identity.deviceId, publicKey: identity.publicKey, publicKeyFormat: "spki-der-base64" }));
  } else {
    out(`device-id: ${identity.deviceId}`);
    out(`public-key: ${identity.publicKey}`);
  }
  return EXIT.ok;
}
