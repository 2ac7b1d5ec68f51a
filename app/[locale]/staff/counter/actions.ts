"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { changeCounter } from "@/lib/auth/sign-in";
import { isAppError } from "@/lib/errors/app-error";
import { callMissedTicket } from "@/lib/queue/call-missed-ticket";
import { callNextTicket } from "@/lib/queue/call-next-ticket";
import { markNoShow } from "@/lib/queue/mark-no-show";
import { markServed } from "@/lib/queue/mark-served";
import type { QueueErrorCode } from "@/lib/queue/queue-scope";
import { recallTicket } from "@/lib/queue/recall-ticket";
import { counterNumber } from "@/lib/queue/ticket-status";
import { requireStaff } from "@/lib/staff/session";

export type CounterResult = "called" | "empty" | "recalled" | "served" | "noShow" | "calledAgain" | "counterSaved";
export type CounterErrorCode = QueueErrorCode | "unknown";

export type CounterActionState =
  | { status: "idle" }
  | { status: "done"; result: CounterResult; ticket: string; counter: number; at: number }
  | { status: "error"; code: CounterErrorCode; ticket: string; at: number; outcome?: string };

const KNOWN_ERRORS: readonly string[] = ["counter_required", "counter_busy", "not_found", "ticket_state", "ticket_settled", "forbidden"] satisfies QueueErrorCode[];

const form = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("call"), queue: z.union([z.literal("all"), z.coerce.number().int().positive()]).default("all") }),
  z.object({ intent: z.enum(["recall", "served", "no_show", "call_missed"]), reference: z.string().trim().min(1).max(40) }),
  z.object({ intent: z.literal("counter"), counter: z.string().trim() }),
]);

const RESULT = { recall: "recalled", served: "served", no_show: "noShow", call_missed: "calledAgain" } as const satisfies Record<string, CounterResult>;

/**
 * Every button of the counter panel: call next, recall, served, no-show, calling a missed
 * ticket back, and choosing the
 * counter. The person comes from the session; the ticket's division is checked by the
 * queue operations against the database, never taken from the form.
 */
export async function counterAction(_previous: CounterActionState, data: FormData): Promise<CounterActionState> {
  const at = Date.now();
  const staff = await requireStaff();
  const parsed = form.safeParse(Object.fromEntries(data));
  if (!parsed.success) {
    return { status: "error", code: data.get("intent") === "counter" ? "counter_required" : "unknown", ticket: "", at };
  }
  const input = parsed.data;
  try {
    if (input.intent === "counter") {
      const counter = counterNumber.safeParse(input.counter);
      if (!counter.success) return { status: "error", code: "counter_required", ticket: "", at };
      await changeCounter(staff.id, await headers(), counter.data);
      return done("counterSaved", "", counter.data, at);
    }
    if (input.intent === "call") {
      const called = await callNextTicket({ staff, divisionIds: input.queue === "all" ? undefined : [input.queue] });
      return called ? done("called", called.ticket, called.counter, at) : done("empty", "", staff.counterNumber ?? 0, at);
    }
    const change = { recall: recallTicket, served: markServed, no_show: markNoShow, call_missed: callMissedTicket }[input.intent];
    const changed = await change({ staff, reference: input.reference });
    return done(RESULT[input.intent], changed.ticket, changed.counter, at);
  } catch (error) {
    if (isAppError(error) && KNOWN_ERRORS.includes(error.code)) {
      revalidatePath("/[locale]/staff/counter", "page");
      const outcome = typeof error.details.outcome === "string" ? error.details.outcome : undefined;
      return { status: "error", code: error.code as QueueErrorCode, ticket: String(error.details.ticket ?? ""), at, outcome };
    }
    console.error("counter action failed:", error instanceof Error ? error.message : "unknown error");
    return { status: "error", code: "unknown", ticket: "", at };
  }
}

function done(result: CounterResult, ticket: string, counter: number, at: number): CounterActionState {
  revalidatePath("/[locale]/staff/counter", "page");
  return { status: "done", result, ticket, counter, at };
}
