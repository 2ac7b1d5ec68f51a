import { VirtualThaiIdCard, type VirtualCardOptions } from "../../src/virtual/virtual-card.js";
import { loadSampleCard } from "../../src/virtual/sample-cards.js";
import { buildCardImage, parseCardFile, type CardFile } from "../../src/virtual/card-file.js";
import type { Transmit } from "../../src/card/t0.js";

/** A sample card as a virtual card plus a counting transmit. */
export function virtualCard(name = "ko-resident", options: VirtualCardOptions = {}) {
  const card = new VirtualThaiIdCard(loadSampleCard(name).image, options);
  const sent: Buffer[] = [];
  const transmit: Transmit = async (apdu) => {
    sent.push(Buffer.from(apdu));
    return card.transmit(apdu);
  };
  return { card, transmit, sent };
}

/** A card built from raw fields, for oddities the samples do not carry. */
export function customCard(overrides: Partial<CardFile>, options: VirtualCardOptions = {}) {
  const base = loadSampleCard("ko-resident").card;
  const { photo: _photo, ...rest } = base;
  const card = new VirtualThaiIdCard(buildCardImage(parseCardFile({ ...rest, ...overrides })), options);
  const transmit: Transmit = async (apdu) => card.transmit(apdu);
  return { card, transmit };
}
