"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { Link } from "@/lib/i18n/navigation";
import { SubmitButton } from "../../_components/fields";
import { editService } from "../actions";
import type { DivisionOption, EditorState } from "../_lib/editor-state";
import { ErrorSummary } from "./error-summary";
import { FormFieldsSection, RoutingSection } from "./form-section";
import { DocumentsSection, StepsSection } from "./list-sections";
import { GeneralSection, ManualSection } from "./manual-sections";

type Props = { initial: EditorState; divisions: DivisionOption[]; locale: "th" | "en" };

/**
 * Everything a service's public manual and form hold, as one structured form: labelled
 * inputs in Thai and English, rows added, removed and moved by buttons that ask the
 * server (no client-side form model, and it works without JavaScript). Nothing is saved
 * until "Save"; the server then validates the whole service and names each problem.
 */
export function ServiceEditor({ initial, divisions, locale }: Props) {
  const t = useTranslations("admin.editor");
  const [state, action] = useActionState(editService, initial);
  const { draft, errors } = state;

  useEffect(() => {
    if (state.focus) document.getElementById(state.focus)?.focus();
  }, [state.version, state.focus]);

  const openField = state.focus?.startsWith("f-fields-") ? Number(state.focus.split("-")[2]) : undefined;
  const common = { draft, errors, locale };
  return (
    <form action={action} key={state.version} className="admin-form service-editor" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {/* The first button of the form, so Enter in any input saves (never removes a row). */}
      <div className="editor-bar">
        <SubmitButton name="intent" value="save">
          {t("save")}
        </SubmitButton>
        <EditorStatus state={state} />
        {state.mode === "edit" && state.code ? (
          <Link href={`/services/${state.code}`} className="editor-bar__link">
            {t("viewPublic")}
          </Link>
        ) : null}
      </div>
      <ErrorSummary errors={errors} />
      <GeneralSection {...common} divisions={divisions} codeFixed={state.mode === "edit"} />
      <ManualSection {...common} />
      <DocumentsSection draft={draft} errors={errors} />
      <StepsSection draft={draft} errors={errors} />
      <FormFieldsSection {...common} openField={openField} />
      <RoutingSection {...common} divisions={divisions} />
      <div className="editor-bar editor-bar--bottom">
        <SubmitButton name="intent" value="save">
          {t("save")}
        </SubmitButton>
        <p className="admin-hint">{t("unsavedHint")}</p>
      </div>
    </form>
  );
}

function EditorStatus({ state }: { state: EditorState }) {
  const t = useTranslations("admin.editor");
  const tp = useTranslations("admin.problems");
  const known = ["invalid", "forbidden", "not_found", "changed_meanwhile", "unexpected"];
  const text =
    state.status === "saved"
      ? t("saved")
      : state.status === "error"
        ? tp((known.includes(state.problem ?? "") ? state.problem : "unexpected") as "unexpected")
        : state.version > 0
          ? t("unsaved")
          : "";
  return (
    <p id="editor-status" tabIndex={-1} className={`admin-status admin-status--${state.status}`} role="status" aria-live="polite">
      {text}
    </p>
  );
}
