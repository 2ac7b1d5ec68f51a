import type { FormDefinition } from "@/lib/services/form-definition";

const PREFIX = "answer.";

/**
 * The answers in the counter filing form's data (`answer.<key>` fields), for
 * validateAnswers to check. Answer names the service's form does not ask are passed on too,
 * so they are refused as unknown rather than silently dropped; file questions are not
 * taken at the counter yet.
 */
export function answersFromForm(form: FormData, definition: FormDefinition): Record<string, unknown> {
  const answers = Object.create(null) as Record<string, unknown>;
  const fields = new Map(definition.fields.filter((field) => field.type !== "file").map((field) => [field.key, field]));
  for (const field of fields.values()) {
    const name = `${PREFIX}${field.key}`;
    answers[field.key] = field.type === "multi" ? form.getAll(name).map(String) : (form.get(name) ?? undefined);
  }
  for (const name of new Set(form.keys())) {
    const key = name.slice(PREFIX.length);
    if (name.startsWith(PREFIX) && !fields.has(key)) answers[key] = String(form.get(name));
  }
  return answers;
}
