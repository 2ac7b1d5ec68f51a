"use client";

import { useTranslations } from "next-intl";
import type { FieldErrors } from "@/lib/admin/field-errors";
import { inputId, useErrorText } from "../../_components/fields";

/**
 * Every problem of a failed save at the top, each linking to its input (GOV.UK's error
 * summary): the focus lands here, so a screen reader hears what to fix first.
 */
export function ErrorSummary({ errors }: { errors: FieldErrors }) {
  const t = useTranslations("admin.editor");
  const errorText = useErrorText();
  const describe = useDescribeKey();
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div className="admin-error-summary" id="error-summary" tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t("errorSummary", { count: entries.length })}</h2>
      <ul>
        {entries.map(([key, error]) => (
          <li key={key}>
            <a href={`#${inputId(key)}`}>
              {describe(key)}: {errorText(error)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

const LANGUAGES = new Set(["th", "en"]);

/** "fields.2.choices.0.value" -> "Question 3, choice 1: code", in the reader's language. */
export function useDescribeKey(): (key: string) => string {
  const t = useTranslations("admin.editor");
  const label = (part: string) => (t.has(`labels.${part}`) ? t(`labels.${part}`) : part);
  const language = (part: string | undefined) => (part && LANGUAGES.has(part) ? ` (${t(`language_${part}` as "language_th")})` : "");
  return (key) => {
    const [head, index, ...rest] = key.split(".");
    const n = Number(index) + 1;
    if (head === "fields" && index !== undefined) {
      const [part, j, sub] = rest;
      if (part === "choices" && j !== undefined && sub !== undefined && !LANGUAGES.has(sub)) {
        const [, , , , , lang] = key.split(".");
        return `${t("questionN", { n })}, ${t("choiceN", { n: Number(j) + 1 })}: ${label(sub === "label" ? "choiceLabel" : "choiceValue")}${language(lang)}`;
      }
      return `${t("questionN", { n })}: ${label(part ?? "")}${language(rest.at(-1))}`;
    }
    if (head === "documents" && index !== undefined) return `${t("documentN", { n })}${language(rest[0])}`;
    if (head === "steps" && index !== undefined) return `${t("stepN", { n })}${rest[0] === "minutes" ? `: ${label("minutes")}` : language(rest[0])}`;
    if (head === "routing" && index !== undefined) return `${t("ruleN", { n })}: ${label(rest[0] === "division" ? "ruleDivision" : "ruleWhen")}`;
    return `${label(head ?? "")}${language(index)}`;
  };
}
