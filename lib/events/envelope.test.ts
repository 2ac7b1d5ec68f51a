import { describe, expect, it } from "vitest";
import { decodeEnvelope, encodeEnvelope, MAX_PAYLOAD_BYTES } from "./envelope";

describe("the cross-process envelope", () => {
  it("carries each kind of message and who sent it", () => {
    const messages = [
      { kind: "event", event: { type: "ticket.called", divisionId: 3, ticket: "A012", counter: 2, recall: false } },
      { kind: "event", event: { type: "request.transferred", fromDivisionId: 1, divisionId: 4, reference: "KO-2570-000042" } },
      { kind: "access", staffUserId: 7 },
      { kind: "mail" },
      { kind: "catalogue" },
    ] as const;
    for (const message of messages) {
      const payload = encodeEnvelope(message, "p1");
      expect(payload).not.toBeNull();
      expect(decodeEnvelope(payload!)).toEqual({ ...message, from: "p1" });
    }
  });

  it("passes on only the documented fields of an event", () => {
    const payload = JSON.stringify({
      kind: "event",
      from: "p1",
      event: { type: "request.filed", divisionId: 1, reference: "KO-2570-000001", applicantName: "not for the bus" },
    });
    expect(decodeEnvelope(payload)).toEqual({ kind: "event", from: "p1", event: { type: "request.filed", divisionId: 1, reference: "KO-2570-000001" } });
  });

  it("ignores payloads that are not ours", () => {
    for (const payload of ["", "not json", "null", "{}", '{"kind":"mail"}', '{"kind":"access","from":"p","staffUserId":"7"}', '{"kind":"event","from":"p","event":{"type":"x"}}']) {
      expect(decodeEnvelope(payload)).toBeNull();
    }
  });

  it("refuses a payload PostgreSQL would refuse (8000 bytes)", () => {
    const event = { type: "request.filed", divisionId: 1, reference: "x" } as const;
    expect(encodeEnvelope({ kind: "event", event }, "p".repeat(MAX_PAYLOAD_BYTES))).toBeNull();
    expect(encodeEnvelope({ kind: "event", event }, "p")).not.toBeNull();
  });
});
