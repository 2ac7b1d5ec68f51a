"use client";

import type { Locale } from "@/lib/i18n/localized";
import type { FormField } from "@/lib/services/form-definition";
import { fileProblem, fill, formatSize, MAX_FILES } from "./form-state";

type Props = {
  field: Extract<FormField, { type: "file" }>;
  locale: Locale;
  files: File[];
  /** Files chosen for the whole request so far, for the five-file limit. */
  totalFiles: number;
  error?: string;
  texts: Record<string, string>;
  onChange: (files: File[]) => void;
};

/** A document to attach. Chosen files stay in memory until filing; nothing is uploaded before. */
export function AttachmentField({ field, locale, files, totalFiles, error, texts, onChange }: Props) {
  const id = `file-${field.key}`;
  const room = Math.min(field.maxFiles - files.length, MAX_FILES - totalFiles);
  const problems = files.map((file) => fileProblem(file));
  return (
    <div className="field">
      <label htmlFor={id}>
        {field.label[locale]} <span className="field-required">({field.required ? texts.required : texts.optional})</span>
      </label>
      {field.help ? <p className="field-help">{field.help[locale]}</p> : null}
      <p id={`${id}-help`} className="field-help">{texts.filesHelp}</p>
      {error ? <p id={`${id}-error`} className="field-error">{error}</p> : null}
      {files.length > 0 ? (
        <ul className="online-form__files" aria-label={field.label[locale]}>
          {files.map((file, index) => (
            <li key={`${file.name}-${index}`}>
              <span>{fill(texts.fileChosen, { name: file.name, size: formatSize(file.size) })}</span>
              {problems[index] ? (
                <span className="field-error">{fill(problems[index] === "tooLarge" ? texts.fileTooLarge : texts.fileWrongType, { name: file.name })}</span>
              ) : null}
              <button type="button" className="online-form__secondary" onClick={() => onChange(files.filter((_, i) => i !== index))}>
                {texts.removeFile}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {room > 0 ? (
        <input
          id={id}
          type="file"
          accept={field.accept.join(",")}
          multiple={room > 1}
          aria-describedby={[`${id}-help`, error ? `${id}-error` : ""].filter(Boolean).join(" ")}
          aria-invalid={error ? true : undefined}
          onChange={(event) => {
            const chosen = [...(event.target.files ?? [])].slice(0, room);
            event.target.value = "";
            if (chosen.length > 0) onChange([...files, ...chosen]);
          }}
        />
      ) : (
        <p className="field-help">{texts.tooManyFiles}</p>
      )}
    </div>
  );
}
