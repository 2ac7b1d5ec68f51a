import { z } from "zod";
import { localizedText } from "@/lib/i18n/localized";

/**
 * A service's form: typed questions in the spirit of Open311 service attributes.
 *
 * The form holds only what the service itself needs. Who the applicant is (citizen ID,
 * names, birth date, registered address) comes from the ID card or the identity step,
 * and the contact phone is asked by the filing flow, so forms never repeat them.
 */
export const FIELD_TYPES = [
  "text",
  "longtext",
  "number",
  "date",
  "single", // one of a list (Open311 singlevaluelist)
  "multi", // several of a list (Open311 multivaluelist)
  "yesno",
  "file",
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

const fieldKey = z
  .string()
  .regex(/^[a-z][a-zA-Z0-9]{0,39}$/, "keys are camelCase ASCII, at most 40 characters");

const choice = z.object({
  value: z.string().regex(/^[a-z0-9_]{1,40}$/),
  label: localizedText,
});

/**
 * A conditional question: asked only when an earlier choice question (single, multi or
 * yes/no) was answered with one of `in` (for multi: any of them picked). Bank details only
 * when payment is by transfer. A hidden field is not asked, not required and not stored;
 * `required` applies when it is shown.
 */
const showWhen = z.object({
  field: fieldKey,
  in: z.array(z.union([z.string().regex(/^[a-z0-9_]{1,40}$/), z.boolean()])).min(1).max(20),
});
export type ShowWhen = z.infer<typeof showWhen>;

const common = {
  key: fieldKey,
  label: localizedText,
  help: localizedText.optional(),
  required: z.boolean(),
  order: z.number().int().min(0),
  showWhen: showWhen.optional(),
};

const textField = z.object({
  ...common,
  type: z.literal("text"),
  maxLength: z.number().int().min(1).max(500).default(200),
  // "phone" checks a Thai phone number; "pole" and other formats stay free text.
  format: z.enum(["phone"]).optional(),
});

const longTextField = z.object({
  ...common,
  type: z.literal("longtext"),
  maxLength: z.number().int().min(1).max(5000).default(2000),
});

const numberField = z.object({
  ...common,
  type: z.literal("number"),
  min: z.number().optional(),
  max: z.number().optional(),
  integer: z.boolean().default(false),
  unit: localizedText.optional(),
});

const dateField = z.object({
  ...common,
  type: z.literal("date"),
  // Relative limits, so a form stays valid over the years.
  notBefore: z.literal("today").optional(),
  notAfter: z.literal("today").optional(),
});

const singleField = z.object({
  ...common,
  type: z.literal("single"),
  choices: z.array(choice).min(2),
});

const multiField = z.object({
  ...common,
  type: z.literal("multi"),
  choices: z.array(choice).min(2),
  maxSelected: z.number().int().min(1).optional(),
});

const yesNoField = z.object({ ...common, type: z.literal("yesno") });

// Whatever a form says, a request holds at most 5 files of at most 10 MB (lib/files/limits.ts);
// larger values stay readable so an older row does not hide its service.
const fileField = z.object({
  ...common,
  type: z.literal("file"),
  accept: z.array(z.enum(["image/jpeg", "image/png", "application/pdf"])).min(1),
  maxFiles: z.number().int().min(1).max(10).default(1),
  maxSizeMb: z.number().int().min(1).max(20).default(10),
});

export const formField = z.discriminatedUnion("type", [
  textField,
  longTextField,
  numberField,
  dateField,
  singleField,
  multiField,
  yesNoField,
  fileField,
]);
export type FormField = z.infer<typeof formField>;
export type FormFieldInput = z.input<typeof formField>;

export const formDefinition = z
  .object({ fields: z.array(formField).max(40) })
  .superRefine((form, ctx) => {
    const keys = new Set<string>();
    form.fields.forEach((field, index) => {
      if (keys.has(field.key)) {
        ctx.addIssue({ code: "custom", path: ["fields", index, "key"], message: `duplicate key ${field.key}` });
      }
      keys.add(field.key);
      if ("choices" in field) {
        const values = new Set(field.choices.map((c) => c.value));
        if (values.size !== field.choices.length) {
          ctx.addIssue({ code: "custom", path: ["fields", index, "choices"], message: "duplicate choice values" });
        }
      }
      if (field.type === "number" && field.min !== undefined && field.max !== undefined && field.min > field.max) {
        ctx.addIssue({ code: "custom", path: ["fields", index], message: "min is greater than max" });
      }
      const problem = field.showWhen && showWhenProblem(field, form.fields);
      if (problem) ctx.addIssue({ code: "custom", path: ["fields", index, "showWhen"], message: problem });
    });
  });
export type FormDefinition = z.infer<typeof formDefinition>;
export type FormDefinitionInput = z.input<typeof formDefinition>;

/** Fields in the order the resident sees them. */
export { orderedFields } from "./field-order";

/** Why a field's condition cannot work, or null: it must name an earlier choice question and its real values. */
function showWhenProblem(field: FormField, fields: readonly FormField[]): string | null {
  const condition = field.showWhen!;
  const source = fields.find((f) => f.key === condition.field);
  if (!source) return `showWhen names no field ${condition.field}`;
  if (source.order >= field.order) return `showWhen must name an earlier question than ${field.key}`;
  if (source.type === "yesno") {
    return condition.in.every((v) => typeof v === "boolean") ? null : "a yes/no question is compared with true or false";
  }
  if (source.type !== "single" && source.type !== "multi") return `showWhen needs a choice or yes/no question, not ${source.type}`;
  const values = new Set(source.choices.map((c) => c.value));
  return condition.in.every((v) => typeof v === "string" && values.has(v)) ? null : `showWhen compares with a value ${source.key} does not offer`;
}
