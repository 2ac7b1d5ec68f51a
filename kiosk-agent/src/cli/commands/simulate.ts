import { existsSync } from "node:fs";
import { CardFileError, loadCardFile, type LoadedCard } from "../../virtual/card-file.js";
import { loadSampleCard, sampleCardNames } from "../../virtual/sample-cards.js";
import { FAULT_MODES, VirtualThaiIdCard, type FaultMode } from "../../virtual/virtual-card.js";
import { VpcdCard } from "../../virtual/vpcd-card.js";
import { parseArgs } from "node:util";
import { asUsage, parseNumber } from "../args.js";
import { EXIT, usage } from "../exit-codes.js";
import { untilSignal } from "./signals.js";

export async function simulateCommand(args: string[], out: (line: string) => void): Promise<number> {
  const { values } = asUsage(() => parseArgs({ args, strict: true, allowPositionals: false, options: {
    port: { type: "string" },
    host: { type: "string" },
    card: { type: "string" },
    "atr-variant": { type: "string" },
    "delay-ms": { type: "string" },
    fault: { type: "string" },
    "remove-after-apdus": { type: "string" },
  } }));
  const port = parseNumber("port", values.port, { min: 1, max: 65_535, integer: true }) ?? 35963;
  const host = values.host ?? "127.0.0.1";
  const delayMs = parseNumber("delay-ms", values["delay-ms"], { min: 0, max: 10_000 }) ?? 0;
  const removeAfterApdus = parseNumber("remove-after-apdus", values["remove-after-apdus"], { min: 0, max: 100_000, integer: true });
  const atrVariant = values["atr-variant"] ?? "0";
  if (atrVariant !== "0" && atrVariant !== "1") throw usage("--atr-variant must be 0 or 1");
  const fault = (values.fault ?? "none") as FaultMode;
  if (!FAULT_MODES.includes(fault)) throw usage(`--fault must be one of: ${FAULT_MODES.join(", ")}`);
  const loaded = loadCard(values.card);

  const card = new VirtualThaiIdCard(loaded.image, { atrVariant: atrVariant === "1" ? 1 : 0, fault });
  const plug = new VpcdCard({ card, host, port, delayMs, ...(removeAfterApdus === undefined ? {} : { removeAfterApdus }) });
  plug.on("connected", () => out(`card inserted: ${loaded.name} into vpcd at ${host}:${port}`));
  plug.on("disconnected", () => out(`card disconnected from vpcd at ${host}:${port}`));
  plug.on("waiting", () => out(`waiting for vpcd at ${host}:${port} (is pcscd running with vsmartcard-vpcd?)`));
  const removed = new Promise<"removed">((resolve) => plug.once("removed", () => resolve("removed")));
  plug.start();
  const outcome = await Promise.race([untilSignal(), removed]);
  if (outcome === "removed") out(`card removed after ${removeAfterApdus ?? 0} APDUs`);
  await plug.stop();
  return EXIT.ok;
}

/** A file path, or the name of a sample card (e.g. "elderly"); default: the Ko resident. */
function loadCard(value: string | undefined): LoadedCard {
  try {
    if (value === undefined) return loadSampleCard();
    if (!existsSync(value) && sampleCardNames().includes(value)) return loadSampleCard(value);
    return loadCardFile(value);
  } catch (error) {
    if (error instanceof CardFileError) throw usage(error.message);
    throw error;
  }
}
