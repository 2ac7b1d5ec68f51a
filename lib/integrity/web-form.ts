import type { IncomingFile } from "./files";
import type { SubmitInput } from "./submit-report";

const field = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

/**
 * The report form's fields as submitReport's input; every value is checked there (zod),
 * this only reshapes. Ids the reporter excluded arrive as checkboxes named "exclude".
 */
export async function reportInputFromForm(form: FormData, client: string): Promise<SubmitInput> {
  const confidential = field(form, "identity") === "confidential";
  const files = await filesFromForm(form);
  const accused = field(form, "accusedDivisionCode").trim();
  return {
    client,
    challenge: field(form, "challenge"),
    nonce: field(form, "nonce"),
    excludedRecipientIds: form.getAll("exclude").map(Number).filter(Number.isInteger),
    files,
    content: {
      category: field(form, "category"),
      what: field(form, "what"),
      when: field(form, "when"),
      where: field(form, "where"),
      who: field(form, "who"),
      ...(accused && { accusedDivisionCode: accused }),
      identity: confidential ? { mode: "confidential", contact: { name: field(form, "contactName"), phone: field(form, "contactPhone"), email: field(form, "contactEmail") } } : { mode: "anonymous" },
    },
  };
}

/** The form's "files" field; an empty file input sends one nameless empty file, skipped. */
export async function filesFromForm(form: FormData): Promise<IncomingFile[]> {
  const files: IncomingFile[] = [];
  for (const value of form.getAll("files")) {
    if (typeof value === "string" || value.size === 0) continue;
    files.push({ bytes: new Uint8Array(await value.arrayBuffer()), name: value.name });
  }
  return files;
}
