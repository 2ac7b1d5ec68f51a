import { describe, expect, it } from "vitest";
import en from "@/messages/counter.en.json";
import th from "@/messages/counter.th.json";
import type { QueueErrorCode } from "./queue-scope";

type Tree = { [key: string]: string | Tree };
const leaves = (tree: Tree, prefix = ""): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === "string" ? [[prefix + key, value] as [string, string]] : leaves(value, `${prefix}${key}.`)));
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]).sort();

describe("counter and display texts", () => {
  it("have the same keys and placeholders in Thai and English, none empty", () => {
    const thai = new Map(leaves(th));
    const english = new Map(leaves(en));
    expect([...thai.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of thai) {
      expect(text.trim(), key).not.toBe("");
      expect(placeholders(text), key).toEqual(placeholders(english.get(key)!));
    }
  });

  it("word every queue error the counter can meet", () => {
    const codes: (QueueErrorCode | "unknown")[] = ["counter_required", "counter_busy", "not_found", "ticket_state", "forbidden", "unknown"];
    for (const code of codes) expect(th.panel.errors[code], code).toBeTruthy();
  });
});
