import { describe, expect, it } from "vitest";
import en from "@/messages/admin.en.json";
import th from "@/messages/admin.th.json";
import { AUDIT_DETAIL_KEYS, auditDetailFields, readableKey } from "./audit-detail";

describe("audit detail as labelled fields", () => {
  it("labels known keys and reads booleans, lists and before/after pairs", () => {
    const fields = auditDetailFields(JSON.stringify({ nameTh: "วันสงกรานต์", active: true, divisions: ["PALAD", "FINANCE"], role: { from: "OFFICER", to: "HEAD" } }));
    expect(fields).toEqual([
      { key: "nameTh", label: "nameTh", fallback: "Name th", value: { kind: "text", text: "วันสงกรานต์" } },
      { key: "active", label: "active", fallback: "Active", value: { kind: "yes" } },
      { key: "divisions", label: "divisions", fallback: "Divisions", value: { kind: "text", text: "PALAD, FINANCE" } },
      { key: "role", label: "role", fallback: "Role", value: { kind: "change", from: { kind: "text", text: "OFFICER" }, to: { kind: "text", text: "HEAD" } } },
    ]);
  });

  it("nests a service edit's changed fields, naming a long value that changed without its text", () => {
    const [changed] = auditDetailFields(JSON.stringify({ changed: { processingDays: { from: 7, to: 5 }, form: "changed" } })) as ReturnType<typeof auditDetailFields> & unknown[];
    expect(changed).toMatchObject({
      label: "changed",
      value: { kind: "fields", fields: [{ label: "processingDays", value: { kind: "change" } }, { label: "form", value: { kind: "edited" } }] },
    });
  });

  it("gives an unknown key a readable fallback instead of dropping it", () => {
    expect(auditDetailFields('{"batteryLevel_now":3}')).toEqual([{ key: "batteryLevel_now", label: null, fallback: "Battery level now", value: { kind: "text", text: "3" } }]);
    expect(readableKey("minutesLeft")).toBe("Minutes left");
  });

  it("shows nothing for an empty detail, and text that is not a JSON object as it is", () => {
    expect(auditDetailFields("{}")).toEqual([]);
    expect(auditDetailFields("")).toEqual([]);
    expect(auditDetailFields("not json")).toEqual({ raw: "not json" });
    expect(auditDetailFields("[1,2]")).toEqual({ raw: "[1,2]" });
  });

  it("has a Thai and an English label for every known key", () => {
    for (const key of AUDIT_DETAIL_KEYS) {
      expect(th.audit.fields[key], `th ${key}`).toBeTruthy();
      expect(en.audit.fields[key], `en ${key}`).toBeTruthy();
    }
  });
});
