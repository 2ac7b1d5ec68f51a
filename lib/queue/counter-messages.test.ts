import { describe, expect, it } from "vitest";
import th from "@/messages/counter.th.json";
import type { QueueErrorCode } from "./queue-scope";

// Same keys and placeholders in both languages: lib/i18n/messages.test.ts, for every family.
describe("counter and display texts", () => {
  it("word every queue error the counter can meet", () => {
    const codes: (QueueErrorCode | "unknown")[] = ["counter_required", "counter_busy", "not_found", "ticket_state", "ticket_settled", "forbidden", "unknown"];
    for (const code of codes) expect(th.panel.errors[code], code).toBeTruthy();
  });
});
