import fs from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { MESSAGE_FAMILIES } from "./message-families";

type Tree = { [key: string]: string | Tree };

const MESSAGES = path.resolve(__dirname, "../../messages");
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(MESSAGES, file), "utf8")) as Tree;
const leaves = (tree: Tree, prefix = ""): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === "string" ? [[prefix + key, value] as [string, string]] : leaves(value, `${prefix}${key}.`)));

/** The arguments a message reads (ICU syntax: inside plural and select branches too). */
function placeholders(text: string): string[] {
  const names = new Set<string>();
  const visit = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
      if (element.type === TYPE.tag) {
        visit(element.children);
        continue;
      }
      names.add(element.value);
      if (element.type === TYPE.plural || element.type === TYPE.select) for (const option of Object.values(element.options)) visit(option.value);
    }
  };
  visit(parse(text));
  return [...names].sort();
}

// Thai shows the Buddhist year, English the common era: the caller passes both.
const DIFFERENT_ON_PURPOSE = new Set(["admin:holidays.yearBE"]);

/** Every text exists in Thai and English, with the same placeholders, and none is empty. */
describe.each([["site", ""], ...MESSAGE_FAMILIES.map((family) => [family, `${family}.`])])("%s texts", (family, prefix) => {
  const thai = new Map(leaves(read(`${prefix}th.json`)));
  const english = new Map(leaves(read(`${prefix}en.json`)));

  it("have the same keys in Thai and English", () => {
    expect([...thai.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it("use the same placeholders in both languages, and none is empty", () => {
    for (const [key, text] of thai) {
      expect(text.trim(), `th ${key}`).not.toBe("");
      expect(english.get(key)?.trim(), `en ${key}`).not.toBe("");
      if (!DIFFERENT_ON_PURPOSE.has(`${family}:${key}`)) expect(placeholders(text), key).toEqual(placeholders(english.get(key) ?? ""));
    }
  });
});

it("every messages file belongs to the site or a family", () => {
  const known = new Set(["th.json", "en.json", ...MESSAGE_FAMILIES.flatMap((family) => [`${family}.th.json`, `${family}.en.json`])]);
  expect(fs.readdirSync(MESSAGES).filter((file) => !known.has(file))).toEqual([]);
});

/**
 * English counts need plural forms ("1 working day", not "1 working days"). A number shown
 * as a bare argument before a plural noun ("{days} working days") must be an ICU plural
 * instead, and a plural whose `other` branch counts things ("# days") needs a `one` branch.
 * Arguments that are text (names, dates, tickets) are not counts.
 */
const TEXT_ARGUMENTS = new Set(["division", "name", "username", "kiosk", "ticket", "reference", "query", "service", "tab", "reason", "date", "time", "device"]);
const PLURAL_NOUN_AFTER = /^\s+(?:(?:working|calendar|more)\s+)?[a-z]+s\b/;

function countsWithoutPlural(text: string): string[] {
  const found: string[] = [];
  const visit = (elements: MessageFormatElement[]) => {
    elements.forEach((element, index) => {
      if (element.type === TYPE.tag) visit(element.children);
      if (element.type === TYPE.select) for (const option of Object.values(element.options)) visit(option.value);
      if (element.type === TYPE.plural) {
        const other = element.options.other?.value ?? [];
        const countsThings = other.some((part, at) => part.type === TYPE.pound && other[at + 1]?.type === TYPE.literal && PLURAL_NOUN_AFTER.test((other[at + 1] as { value: string }).value));
        if (countsThings && !element.options.one && !element.options["=1"]) found.push(`{${element.value}, plural} without one`);
        for (const option of Object.values(element.options)) visit(option.value);
      }
      if (element.type !== TYPE.argument || TEXT_ARGUMENTS.has(element.value)) return;
      const next = elements[index + 1];
      if (next?.type === TYPE.literal && PLURAL_NOUN_AFTER.test(next.value)) found.push(`{${element.value}}${next.value.slice(0, 20)}`);
    });
  };
  visit(parse(text));
  return found;
}

describe("English plurals", () => {
  it("notices a bare count before a plural noun, and a plural without one", () => {
    expect(countsWithoutPlural("About {days} working days")).toEqual(["{days} working days"]);
    expect(countsWithoutPlural("{n, plural, other {# days}}")).toEqual(["{n, plural} without one"]);
    expect(countsWithoutPlural("About {days, plural, one {# working day} other {# working days}}")).toEqual([]);
    expect(countsWithoutPlural("{division} requests")).toEqual([]);
  });

  it.each([["site", ""], ...MESSAGE_FAMILIES.map((family) => [family, `${family}.`])])("are used for every count in the %s texts", (_family, prefix) => {
    const wrong = leaves(read(`${prefix}en.json`)).flatMap(([key, text]) => countsWithoutPlural(text).map((what) => `${key}: ${what}`));
    expect(wrong).toEqual([]);
  });
});
