import type { Attestation, CardData, FilingRequest, FilingResponse } from "./contract";
import type { FormField } from "@/lib/services/form-definition";
import { askedFields, withoutHiddenDrafts, type DraftValue, type Drafts, type FieldErrors } from "./draft";
import type { SubmitProblem } from "./filing-body";

/**
 * The kiosk's screens as a pure state machine. Everything personal lives in this state and
 * nowhere else in the browser; every path back to the attract screen drops it.
 *
 *   attract ─card-inserted─▶ reading ─card-read─▶ privacy ─▶ services ─▶ form ⇄ review
 *      ▲                        │ read-failed                                  │ submit
 *      ├────────────────────────┘                                              ▼ (sending)
 *      ├── card-removed or agent-lost before submitting · cancel · idle-timeout   receipt
 *      └── done · idle-timeout (the next card inserted starts a new visit) ───────┘
 */
export type Locale = "th" | "en";

/** Why the attract screen came back, said there for a few seconds. */
export type Notice = "card-removed" | "timed-out" | "cancelled" | "card-changed" | "agent-lost";

/** Agent error codes (kiosk-agent README) and the page's own "server" (no nonce). */
export type ReadProblem = string;

export type SubmitState =
  | { status: "editing" }
  | { status: "sending"; payload: FilingRequest; attempt: number }
  | { status: "failed"; payload: FilingRequest; code: SubmitProblem }
  | { status: "rereading"; payload: FilingRequest };

export type Session = {
  card: CardData;
  attestation: Attestation;
  /** One per card session: every retry of the filing sends the same key. */
  idempotencyKey: string;
  serviceCode: string | null;
  answers: Drafts;
  contactPhone: string;
  fieldErrors: FieldErrors;
  /** Bumped whenever errors are shown again, so the screen can move focus to the summary. */
  errorRound: number;
  /** The field a "change" link goes back to. */
  focusField: string | null;
  submit: SubmitState;
  /** The card was taken out while the filing was on its way: wipe unless it succeeds. */
  cardGone: boolean;
};

export type SessionScreen = "privacy" | "services" | "form" | "review";

export type View =
  | { screen: "attract"; notice: Notice | null; problem: ReadProblem | null }
  | { screen: "reading" }
  | { screen: SessionScreen; session: Session }
  | { screen: "receipt"; receipt: FilingResponse };

export type KioskState = {
  /** The language of the address (/kiosk or /en/kiosk): where every wipe returns to. */
  homeLocale: Locale;
  locale: Locale;
  idleWarning: boolean;
  view: View;
};

export type KioskAction =
  | { type: "card-inserted" }
  | { type: "card-read"; card: CardData; attestation: Attestation; idempotencyKey: string }
  | { type: "read-failed"; code: ReadProblem }
  | { type: "card-removed" }
  /** The connection to the card agent dropped: the page can no longer see the card leave. */
  | { type: "agent-lost" }
  | { type: "ack-privacy" }
  | { type: "choose-service"; code: string }
  | { type: "back" }
  /** `fields` are the service's questions, so an answer that hides a question drops that question's answer. */
  | { type: "answer"; key: string; value: DraftValue | undefined; fields: readonly FormField[] }
  | { type: "contact-phone"; value: string }
  | { type: "review"; errors: FieldErrors }
  | { type: "change"; key: string }
  | { type: "submit"; payload: FilingRequest }
  | { type: "retry" }
  | { type: "reread" }
  | { type: "filed"; receipt: FilingResponse }
  | { type: "invalid"; fields: FieldErrors }
  | { type: "refused"; code: SubmitProblem }
  | { type: "cancel" }
  | { type: "done" }
  | { type: "idle-warning" }
  | { type: "still-here" }
  | { type: "idle-timeout" }
  | { type: "clear-notice" }
  | { type: "set-locale"; locale: Locale };

export function initialKioskState(homeLocale: Locale): KioskState {
  return { homeLocale, locale: homeLocale, idleWarning: false, view: attract(null) };
}

function attract(notice: Notice | null, problem: ReadProblem | null = null): View {
  return { screen: "attract", notice, problem };
}

/** Back to the start: no card data, no answers, the address's language. */
function wipe(state: KioskState, notice: Notice | null, problem: ReadProblem | null = null): KioskState {
  return { homeLocale: state.homeLocale, locale: state.homeLocale, idleWarning: false, view: attract(notice, problem) };
}

function inSession(view: View): view is Extract<View, { session: Session }> {
  return "session" in view;
}

export function kioskReducer(state: KioskState, action: KioskAction): KioskState {
  const { view } = state;
  switch (action.type) {
    case "set-locale":
      return { ...state, locale: action.locale };
    case "idle-warning":
      return view.screen === "attract" ? state : { ...state, idleWarning: true };
    case "still-here":
      return state.idleWarning ? { ...state, idleWarning: false } : state;
    case "idle-timeout":
      return view.screen === "attract" ? { ...state, idleWarning: false } : wipe(state, "timed-out");
    case "cancel":
      return wipe(state, "cancelled");
    case "done":
      return wipe(state, null);
    case "clear-notice":
      return view.screen === "attract" && view.notice !== null ? { ...state, view: { ...view, notice: null } } : state;

    case "card-inserted":
      // A new card starts a new visit; during a visit the card is already in (ignore).
      // On the attract screen the resident may already have picked a language; keep it.
      if (view.screen === "attract") return { ...state, idleWarning: false, view: { screen: "reading" } };
      if (view.screen === "receipt") return { ...wipe(state, null), view: { screen: "reading" } };
      return state;

    case "card-read":
      if (view.screen === "reading") {
        return { ...state, view: { screen: "privacy", session: newSession(action) } };
      }
      if (inSession(view) && view.session.submit.status === "rereading") {
        // Read again after the server refused the first read: only the same person goes on.
        if (action.card.citizenId !== view.session.card.citizenId) return wipe(state, "card-changed");
        const payload = { ...view.session.submit.payload, card: action.card, attestation: action.attestation };
        return withSession(state, view, {
          card: action.card,
          attestation: action.attestation,
          submit: { status: "sending", payload, attempt: 1 },
        });
      }
      return state;

    case "read-failed":
      if (view.screen === "reading") {
        return action.code === "card-removed" ? wipe(state, "card-removed") : { ...state, view: attract(null, action.code) };
      }
      if (inSession(view) && view.session.submit.status === "rereading") {
        return withSession(state, view, { submit: { status: "failed", payload: view.session.submit.payload, code: "attestation_invalid" } });
      }
      return state;

    case "card-removed":
      if (view.screen === "reading") return wipe(state, "card-removed");
      if (view.screen === "attract") return view.problem === null ? state : { ...state, view: { ...view, problem: null } };
      if (inSession(view)) {
        // Once the filing is on its way the receipt must still reach the resident.
        if (view.session.submit.status === "sending") return withSession(state, view, { cardGone: true });
        return wipe(state, "card-removed");
      }
      return state; // the receipt stays until "done" or the idle timeout

    case "agent-lost":
      if (view.screen === "reading") return wipe(state, "agent-lost");
      if (inSession(view) && view.session.submit.status !== "sending") return wipe(state, "agent-lost");
      return state;

    case "ack-privacy":
      return view.screen === "privacy" ? { ...state, view: { screen: "services", session: view.session } } : state;

    case "choose-service": {
      if (view.screen !== "services") return state;
      const same = view.session.serviceCode === action.code;
      return {
        ...state,
        view: {
          screen: "form",
          session: {
            ...view.session,
            serviceCode: action.code,
            answers: same ? view.session.answers : {},
            fieldErrors: same ? view.session.fieldErrors : {},
            focusField: null,
            submit: { status: "editing" },
          },
        },
      };
    }

    case "back":
      if (view.screen === "services") return { ...state, view: { screen: "privacy", session: view.session } };
      if (view.screen === "form") return { ...state, view: { screen: "services", session: { ...view.session, focusField: null } } };
      if (view.screen === "review" && !busy(view.session)) {
        return { ...state, view: { screen: "form", session: { ...view.session, focusField: null, submit: { status: "editing" } } } };
      }
      return state;

    case "answer":
    case "contact-phone": {
      if (view.screen !== "form") return state;
      const key = action.type === "answer" ? action.key : "contactPhone";
      const { [key]: _cleared, ...fieldErrors } = view.session.fieldErrors;
      if (action.type === "contact-phone") return withSession(state, view, { contactPhone: action.value, fieldErrors });
      const answers = withoutHiddenDrafts(action.fields, { ...view.session.answers, [action.key]: action.value });
      // A question that went away takes its error with it.
      const asked = new Set(askedFields(action.fields, answers).map((field) => field.key));
      const shownErrors = Object.fromEntries(Object.entries(fieldErrors).filter(([k]) => asked.has(k) || !action.fields.some((f) => f.key === k)));
      return withSession(state, view, { answers, fieldErrors: shownErrors });
    }

    case "review":
      if (view.screen !== "form") return state;
      if (Object.keys(action.errors).length > 0) {
        return withSession(state, view, { fieldErrors: action.errors, errorRound: view.session.errorRound + 1, focusField: null });
      }
      return { ...state, view: { screen: "review", session: { ...view.session, fieldErrors: {}, focusField: null } } };

    case "change":
      if (view.screen !== "review" || busy(view.session)) return state;
      return { ...state, view: { screen: "form", session: { ...view.session, focusField: action.key, submit: { status: "editing" } } } };

    case "submit":
      if (view.screen !== "review" || busy(view.session)) return state;
      return withSession(state, view, { submit: { status: "sending", payload: action.payload, attempt: 1 } });

    case "retry":
      if (view.screen !== "review" || view.session.submit.status !== "failed") return state;
      return withSession(state, view, { submit: { status: "sending", payload: view.session.submit.payload, attempt: 1 } });

    case "reread":
      if (view.screen !== "review" || view.session.submit.status !== "failed") return state;
      return withSession(state, view, { submit: { status: "rereading", payload: view.session.submit.payload } });

    case "filed":
      if (!inSession(view) || view.session.submit.status !== "sending") return state;
      return { ...state, view: { screen: "receipt", receipt: action.receipt } };

    case "invalid":
      if (!inSession(view) || view.session.submit.status !== "sending") return state;
      if (view.session.cardGone) return wipe(state, "card-removed");
      return {
        ...state,
        view: {
          screen: "form",
          session: { ...view.session, fieldErrors: action.fields, errorRound: view.session.errorRound + 1, focusField: null, submit: { status: "editing" } },
        },
      };

    case "refused":
      if (!inSession(view) || view.session.submit.status !== "sending") return state;
      if (view.session.cardGone) return wipe(state, "card-removed");
      return withSession(state, view, { submit: { status: "failed", payload: view.session.submit.payload, code: action.code } });
  }
}

function newSession(read: { card: CardData; attestation: Attestation; idempotencyKey: string }): Session {
  return {
    card: read.card,
    attestation: read.attestation,
    idempotencyKey: read.idempotencyKey,
    serviceCode: null,
    answers: {},
    contactPhone: "",
    fieldErrors: {},
    errorRound: 0,
    focusField: null,
    submit: { status: "editing" },
    cardGone: false,
  };
}

function busy(session: Session): boolean {
  return session.submit.status === "sending" || session.submit.status === "rereading";
}

function withSession(state: KioskState, view: Extract<View, { session: Session }>, changes: Partial<Session>): KioskState {
  return { ...state, view: { ...view, session: { ...view.session, ...changes } } };
}
