import { z } from "zod";
import { DIVISION_CODES, type DivisionCode } from "@/lib/services/divisions";
import type { Answers } from "@/lib/services/answers";

/**
 * Routing rules on answers: a filing goes to the service's own division unless a rule
 * matches (the first matching rule wins). E.g. a general complaint about encroachment on
 * a public footpath goes straight to the Engineering Division.
 */
export const routingRule = z.object({
  field: z.string(),
  equals: z.union([z.string(), z.boolean()]),
  division: z.enum(DIVISION_CODES),
});
export type RoutingRule = z.infer<typeof routingRule>;

export function routeRequest(serviceDivision: DivisionCode, rules: readonly RoutingRule[], answers: Answers): DivisionCode {
  for (const rule of rules) {
    const answer = answers[rule.field];
    const matches = Array.isArray(answer) ? (answer as unknown[]).includes(rule.equals) : answer === rule.equals;
    if (matches) return rule.division;
  }
  return serviceDivision;
}
