import { describe, expect, it } from "vitest";
import th from "@/messages/admin.th.json";
import en from "@/messages/admin.en.json";
import { FIELD_ERROR_CODES } from "./field-errors";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") result.set(path, value);
    else for (const [k, v] of leaves(value, path)) result.set(k, v);
  }
  return result;
}

const params = (text: string) => new Set([...text.matchAll(/\{(\w+)[},]/g)].map((m) => m[1]));

describe("administration texts", () => {
  const thai = leaves(th as Tree);
  const english = leaves(en as Tree);

  it("have the same keys in Thai and English", () => {
    expect([...thai.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it("word every field error code in both languages", () => {
    for (const code of FIELD_ERROR_CODES) {
      expect(thai.get(`errors.${code}`), code).toBeTruthy();
      expect(english.get(`errors.${code}`), code).toBeTruthy();
    }
  });

  it("use the same placeholders in both languages", () => {
    for (const [key, text] of thai) {
      if (key === "holidays.yearBE") continue; // Thai shows the Buddhist year, English the common era
      expect([...params(text)].sort(), key).toEqual([...params(english.get(key)!)].sort());
    }
  });
});
