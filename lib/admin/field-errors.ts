import type { z } from "zod";

/**
 * Validation problems as codes beside the field they concern, which each screen words in
 * Thai or English (messages/admin.*.json, `errors.<code>`). Keys are the field's path,
 * joined with dots: "name.th", "form.fields.2.label.en", "documents.0.th".
 */
export type FieldError = { code: FieldErrorCode; params?: Record<string, number | string> };
export type FieldErrors = Record<string, FieldError>;

export const FIELD_ERROR_CODES = [
  "required",
  "tooLong",
  "tooShort",
  "tooSmall",
  "tooLarge",
  "tooMany",
  "notANumber",
  "notAWholeNumber",
  "invalidChoice",
  "invalid",
  "codeFormat",
  "keyFormat",
  "choiceValueFormat",
  "atLeastOneStep",
  "atLeastOneChannel",
  "tooFewChoices",
  "duplicateKey",
  "duplicateChoice",
  "minAboveMax",
  "unknownField",
  "showWhenNoAnswers",
  "showWhenUnknownQuestion",
  "showWhenNotEarlier",
  "showWhenNotAChoice",
  "showWhenUnknownAnswer",
  "photocopy",
  "codeTaken",
  "nameTaken",
  "prefixTaken",
  "dateTaken",
  "weekend",
  "invalidDate",
  "invalidPublicKey",
  "open311WithEligibility",
  "alreadyEnrolled",
  "citizenIdFormat",
  "citizenIdChecksum",
  "usernameFormat",
  "usernameTaken",
] as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

export function pathKey(path: readonly PropertyKey[]): string {
  return path.map(String).join(".");
}

/** The first problem of each field, as a code (later issues on the same field are dropped). */
export function fieldErrorsFromIssues(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = pathKey(issue.path);
    if (!(key in errors)) errors[key] = errorFor(issue);
  }
  return errors;
}

function errorFor(issue: z.core.$ZodIssue): FieldError {
  const last = String(issue.path.at(-1) ?? "");
  switch (issue.code) {
    case "too_small": {
      const minimum = Number(issue.minimum);
      if (issue.origin === "string") return minimum <= 1 ? { code: "required" } : { code: "tooShort", params: { min: minimum } };
      if (issue.origin === "array") {
        if (last === "steps") return { code: "atLeastOneStep" };
        if (last === "channels") return { code: "atLeastOneChannel" };
        if (last === "choices") return { code: "tooFewChoices", params: { min: minimum } };
        if (last === "in") return { code: "showWhenNoAnswers" };
        return { code: "required" };
      }
      return { code: "tooSmall", params: { min: minimum } };
    }
    case "too_big": {
      const maximum = Number(issue.maximum);
      if (issue.origin === "string") return { code: "tooLong", params: { max: maximum } };
      if (issue.origin === "array") return { code: "tooMany", params: { max: maximum } };
      return { code: "tooLarge", params: { max: maximum } };
    }
    case "invalid_type":
      if (issue.expected === "int") return { code: "notAWholeNumber" };
      if (issue.expected === "number") return missing(issue) ? { code: "required" } : { code: "notANumber" };
      return { code: "required" };
    case "invalid_format":
      if (last === "code") return { code: "codeFormat" };
      if (last === "key") return { code: "keyFormat" };
      if (last === "value") return { code: "choiceValueFormat" };
      return { code: "invalid" };
    case "invalid_value":
    case "invalid_union":
      return { code: "invalidChoice" };
    case "custom":
      return customError(issue.message);
    default:
      return { code: "invalid" };
  }
}

// Issues carry the input only when parsed with `reportInput`; otherwise the message says it.
function missing(issue: z.core.$ZodIssue): boolean {
  return "input" in issue ? issue.input === undefined : /received undefined/.test(issue.message);
}

// The refinements in form-definition.ts and service-definition.ts say what they found in
// their message; these are the ones a screen can word.
function customError(message: string): FieldError {
  if (message.startsWith("duplicate key")) return { code: "duplicateKey" };
  if (message.startsWith("duplicate choice")) return { code: "duplicateChoice" };
  if (message.startsWith("min is greater")) return { code: "minAboveMax" };
  if (message.startsWith("no form field")) return { code: "unknownField" };
  if (message.startsWith("open311 cannot be offered")) return { code: "open311WithEligibility" };
  if (message.startsWith("showWhen names no field")) return { code: "showWhenUnknownQuestion" };
  if (message.startsWith("showWhen must name an earlier")) return { code: "showWhenNotEarlier" };
  if (message.startsWith("showWhen needs a choice")) return { code: "showWhenNotAChoice" };
  if (message.startsWith("showWhen compares with a value") || message.startsWith("a yes/no question is compared")) return { code: "showWhenUnknownAnswer" };
  return { code: "invalid" };
}
