import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { CardFileError, loadCardFile, type LoadedCard } from "./card-file.js";

/** The fictional sample cards shipped in kiosk-agent/cards/ (dist/virtual -> ../../cards). */
export const SAMPLE_CARDS_DIR = fileURLToPath(new URL("../../cards/", import.meta.url));

/** The card used when none is named: the Ko resident of the example. */
export const DEFAULT_CARD = "ko-resident";

export function sampleCardNames(): string[] {
  return readdirSync(SAMPLE_CARDS_DIR)
    .filter((file) => file.endsWith(".json"))
    .map((file) => file.slice(0, -".json".length))
    .sort();
}

/** Loads a sample card by name; names are checked against the folder, never used as paths. */
export function loadSampleCard(name: string = DEFAULT_CARD): LoadedCard {
  if (!sampleCardNames().includes(name)) throw new CardFileError(`Unknown sample card: ${name}`);
  return loadCardFile(join(SAMPLE_CARDS_DIR, `${name}.json`));
}
