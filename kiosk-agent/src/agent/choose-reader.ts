import type { ReaderState } from "../backend/types.js";

/**
 * Which reader to read: the one asked for, else the first (by name) holding a card. With two
 * readers and one card, that is the reader with the card.
 */
export function chooseReader(readers: readonly ReaderState[], requested?: string): ReaderState | undefined {
  if (requested !== undefined) return readers.find((reader) => reader.name === requested);
  return readers.find((reader) => reader.cardPresent);
}
