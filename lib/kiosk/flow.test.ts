import { describe, expect, it } from "vitest";
import type { FormField } from "@/lib/services/form-definition";
import type { Attestation, CardData, FilingRequest, FilingResponse } from "./contract";
import { initialKioskState, kioskReducer, type KioskAction, type KioskState } from "./flow";

const card: CardData = {
  citizenId: "1101700207030",
  nameTh: { prefix: "นาย", first: "สมชาย", middle: "", last: "ใจดี" },
  nameEn: { prefix: "Mr.", first: "Somchai", middle: "", last: "Jaidee" },
  birthDate: "1980-01-15",
  gender: "male",
  address: { houseNo: "99/1", moo: "3", lane: "", road: "", subdistrict: "ก้อ", district: "ลี้", province: "ลำพูน", text: "99/1 หมู่ที่ 3" },
  issuer: "อำเภอลี้/ลำพูน",
  issueDate: "2022-01-10",
  expiryDate: null,
};
const attestation: Attestation = { version: 1, deviceId: "d", nonce: "n".repeat(20), readAt: "2026-01-01T00:00:00.000Z", dataHash: "h", signature: "s" };
const key = "6f1c1c1e-2b0a-4c47-9a4e-0d7b9e6f2a11";
const payload: FilingRequest = { idempotencyKey: key, serviceCode: "TREE", answers: {}, contactPhone: "0812345678", card, attestation, locale: "th" };
const receipt = { reference: "KO-2570-000042", queueTicket: "C-014" } as FilingResponse;

function run(actions: KioskAction[], from: KioskState = initialKioskState("th")): KioskState {
  return actions.reduce(kioskReducer, from);
}

const toForm: KioskAction[] = [
  { type: "card-inserted" },
  { type: "card-read", card, attestation, idempotencyKey: key },
  { type: "ack-privacy" },
  { type: "choose-service", code: "TREE" },
];
const toReview: KioskAction[] = [...toForm, { type: "contact-phone", value: "0812345678" }, { type: "review", errors: {} }];

function session(state: KioskState) {
  if (!("session" in state.view)) throw new Error(`no session on ${state.view.screen}`);
  return state.view.session;
}

describe("kioskReducer", () => {
  it("walks the whole visit from card to receipt and back", () => {
    let state = run([{ type: "card-inserted" }]);
    expect(state.view.screen).toBe("reading");
    state = run(toReview);
    expect(state.view.screen).toBe("review");
    state = kioskReducer(state, { type: "submit", payload });
    expect(session(state).submit).toEqual({ status: "sending", payload, attempt: 1 });
    state = kioskReducer(state, { type: "filed", receipt });
    expect(state.view).toEqual({ screen: "receipt", receipt });
    state = kioskReducer(state, { type: "done" });
    expect(state.view).toEqual({ screen: "attract", notice: null, problem: null });
  });

  it("wipes everything when the card is removed before submitting", () => {
    for (const steps of [toForm.slice(0, 1), toForm.slice(0, 2), toForm.slice(0, 3), toForm, toReview]) {
      const state = run([...steps, { type: "set-locale", locale: "en" }, { type: "card-removed" }]);
      expect(state).toEqual({ homeLocale: "th", locale: "th", idleWarning: false, view: { screen: "attract", notice: "card-removed", problem: null } });
    }
  });

  it("wipes the visit when the agent connection drops, since a removal could go unseen", () => {
    expect(run([...toForm, { type: "agent-lost" }]).view).toEqual({ screen: "attract", notice: "agent-lost", problem: null });
    expect(run([{ type: "card-inserted" }, { type: "agent-lost" }]).view.screen).toBe("attract");
    expect(run([...toReview, { type: "submit", payload }, { type: "agent-lost" }]).view.screen).toBe("review");
  });

  it("keeps a filing on its way when the card is removed, and the receipt after it", () => {
    let state = run([...toReview, { type: "submit", payload }, { type: "card-removed" }]);
    expect(state.view.screen).toBe("review");
    state = kioskReducer(state, { type: "filed", receipt });
    expect(state.view.screen).toBe("receipt");
    expect(kioskReducer(state, { type: "card-removed" })).toBe(state);
  });

  it("wipes a failed filing whose card was removed meanwhile", () => {
    const state = run([...toReview, { type: "submit", payload }, { type: "card-removed" }, { type: "refused", code: "network" }]);
    expect(state.view).toEqual({ screen: "attract", notice: "card-removed", problem: null });
  });

  it("ignores a double tap on submit and retries with the same body", () => {
    let state = run([...toReview, { type: "submit", payload }]);
    const other = { ...payload, contactPhone: "0899999999" };
    expect(kioskReducer(state, { type: "submit", payload: other })).toBe(state);
    state = run([{ type: "refused", code: "network" }, { type: "retry" }], state);
    expect(session(state).submit).toEqual({ status: "sending", payload, attempt: 1 });
  });

  it("keeps the same idempotency key for the whole card session", () => {
    const state = run([...toReview, { type: "back" }, { type: "back" }, { type: "choose-service", code: "OTHER" }]);
    expect(session(state).idempotencyKey).toBe(key);
    expect(session(state).answers).toEqual({});
  });

  it("shows the server's field errors on the form", () => {
    const fields = { contactPhone: { code: "invalidPhone" as const } };
    const state = run([...toReview, { type: "submit", payload }, { type: "invalid", fields }]);
    expect(state.view.screen).toBe("form");
    expect(session(state).fieldErrors).toEqual(fields);
    expect(session(state).errorRound).toBe(1);
  });

  it("stays on the form with client errors and clears a field's error when it changes", () => {
    let state = run([...toForm, { type: "review", errors: { details: { code: "required" }, contactPhone: { code: "required" } } }]);
    expect(state.view.screen).toBe("form");
    state = kioskReducer(state, { type: "answer", key: "details", value: "ไฟดับ", fields: [] });
    expect(session(state).fieldErrors).toEqual({ contactPhone: { code: "required" } });
  });

  it("drops the answer and the error of a question a changed answer hides", () => {
    const label = { th: "ข้อ", en: "Question" };
    const fields: FormField[] = [
      { key: "payBy", type: "single", label, required: true, order: 0, choices: [{ value: "cash", label }, { value: "transfer", label }] },
      { key: "bankAccount", type: "text", label, required: true, order: 1, maxLength: 20, showWhen: { field: "payBy", in: ["transfer"] } },
    ];
    let state = run([...toForm, { type: "answer", key: "payBy", value: "transfer", fields }, { type: "answer", key: "bankAccount", value: "123", fields }]);
    state = kioskReducer(state, { type: "review", errors: { bankAccount: { code: "tooLong", limit: 20 }, contactPhone: { code: "required" } } });
    state = kioskReducer(state, { type: "answer", key: "payBy", value: "cash", fields });
    expect(session(state).answers).toEqual({ payBy: "cash" });
    expect(session(state).fieldErrors).toEqual({ contactPhone: { code: "required" } });
    // Back to a transfer: the account is asked again, empty.
    state = kioskReducer(state, { type: "answer", key: "payBy", value: "transfer", fields });
    expect(session(state).answers).toEqual({ payBy: "transfer" });
  });

  it("goes back to the form at the field a change link names", () => {
    const state = run([...toReview, { type: "change", key: "details" }]);
    expect(state.view.screen).toBe("form");
    expect(session(state).focusField).toBe("details");
  });

  it("re-reads the same card after a refused attestation and sends at once", () => {
    const fresh = { ...attestation, nonce: "m".repeat(20) };
    let state = run([...toReview, { type: "submit", payload }, { type: "refused", code: "nonce_invalid" }, { type: "reread" }]);
    expect(session(state).submit.status).toBe("rereading");
    state = kioskReducer(state, { type: "card-read", card, attestation: fresh, idempotencyKey: "ignored" });
    expect(session(state).submit).toEqual({ status: "sending", payload: { ...payload, attestation: fresh }, attempt: 1 });
    expect(session(state).idempotencyKey).toBe(key);
  });

  it("never carries on with a different person's card", () => {
    const other = { ...card, citizenId: "3500100122451" };
    const state = run([...toReview, { type: "submit", payload }, { type: "refused", code: "nonce_invalid" }, { type: "reread" }, { type: "card-read", card: other, attestation, idempotencyKey: key }]);
    expect(state.view).toEqual({ screen: "attract", notice: "card-changed", problem: null });
  });

  it("reports a failed read on the attract screen until the card comes out", () => {
    let state = run([{ type: "card-inserted" }, { type: "read-failed", code: "not-thai-id" }]);
    expect(state.view).toEqual({ screen: "attract", notice: null, problem: "not-thai-id" });
    state = kioskReducer(state, { type: "card-removed" });
    expect(state.view).toEqual({ screen: "attract", notice: null, problem: null });
  });

  it("warns when idle and wipes at the timeout, also from the receipt", () => {
    let state = run([...toForm, { type: "set-locale", locale: "en" }, { type: "idle-warning" }]);
    expect(state.idleWarning).toBe(true);
    expect(kioskReducer(state, { type: "still-here" }).idleWarning).toBe(false);
    state = kioskReducer(state, { type: "idle-timeout" });
    expect(state).toEqual({ homeLocale: "th", locale: "th", idleWarning: false, view: { screen: "attract", notice: "timed-out", problem: null } });
    state = run([...toReview, { type: "submit", payload }, { type: "filed", receipt }, { type: "idle-timeout" }]);
    expect(state.view).toEqual({ screen: "attract", notice: "timed-out", problem: null });
  });

  it("switches language without losing the session", () => {
    const before = run(toReview);
    const after = kioskReducer(before, { type: "set-locale", locale: "en" });
    expect(after.locale).toBe("en");
    expect(after.view).toBe(before.view);
  });

  it("starts a new visit when the next card goes in while a receipt is shown", () => {
    const state = run([...toReview, { type: "set-locale", locale: "en" }, { type: "submit", payload }, { type: "filed", receipt }, { type: "card-inserted" }]);
    expect(state).toEqual({ homeLocale: "th", locale: "th", idleWarning: false, view: { screen: "reading" } });
  });
});
