import type { FormDefinition, FormField } from "./form-definition";

/**
 * The form's questions in the order they are asked. Kept apart from form-definition.ts
 * (which holds the zod schema) because the kiosk and the online form run it in the
 * browser: importing it from there put the whole schema library in their JavaScript.
 */
export function orderedFields(form: FormDefinition): FormField[] {
  return [...form.fields].sort((a, b) => a.order - b.order);
}
