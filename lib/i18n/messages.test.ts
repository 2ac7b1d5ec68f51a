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
