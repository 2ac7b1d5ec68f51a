"use client";

import { useTranslations } from "next-intl";
import type { FieldErrors } from "@/lib/admin/field-errors";
import type { ServiceDraft } from "@/lib/admin/service-draft";
import { SubmitButton, TextField, TextPairField } from "../../_components/fields";

type Props = { draft: ServiceDraft; errors: FieldErrors };

/** The documents a resident brings; none at all is stated explicitly in the manual. */
export function DocumentsSection({ draft, errors }: Props) {
  const t = useTranslations("admin.editor");
  return (
    <section className="admin-card" aria-labelledby="documents-heading">
      <h2 id="documents-heading" tabIndex={-1}>
        {t("labels.documents")}
      </h2>
      <p className="admin-hint">{t("documentsHint")}</p>
      {draft.documents.length === 0 ? <p className="admin-empty">{t("noDocuments")}</p> : null}
      <ol className="admin-rows">
        {draft.documents.map((document, i) => (
          <li key={i} className="admin-row">
            <TextPairField name={`documents.${i}`} legend={t("documentN", { n: i + 1 })} value={document} errors={errors} />
            <div className="admin-row__buttons">
              <SubmitButton variant="small" name="intent" value={`document.remove:${i}`} ariaLabel={t("removeDocument", { n: i + 1 })}>
                {t("remove")}
              </SubmitButton>
            </div>
          </li>
        ))}
      </ol>
      <SubmitButton variant="secondary" name="intent" value="document.add">
        {t("addDocument")}
      </SubmitButton>
    </section>
  );
}

/** The steps of handling a request, in order, with how long each takes. */
export function StepsSection({ draft, errors }: Props) {
  const t = useTranslations("admin.editor");
  const last = draft.steps.length - 1;
  return (
    <section className="admin-card" aria-labelledby="steps-heading">
      <h2 id="steps-heading" tabIndex={-1}>
        {t("labels.steps")}
      </h2>
      {errors.steps ? <StepsError errors={errors} /> : null}
      <ol className="admin-rows">
        {draft.steps.map((step, i) => (
          <li key={i} className="admin-row">
            <TextPairField name={`steps.${i}`} legend={t("stepN", { n: i + 1 })} value={step} errors={errors} />
            <TextField name={`steps.${i}.minutes`} label={t("labels.minutes")} hint={t("minutesHint")} type="number" inputMode="numeric" defaultValue={step.minutes} errors={errors} className="admin-field--short" />
            <div className="admin-row__buttons">
              <SubmitButton variant="small" name="intent" value={`step.up:${i}`} disabled={i === 0} ariaLabel={t("moveUpN", { n: i + 1 })}>
                {t("up")}
              </SubmitButton>
              <SubmitButton variant="small" name="intent" value={`step.down:${i}`} disabled={i === last} ariaLabel={t("moveDownN", { n: i + 1 })}>
                {t("down")}
              </SubmitButton>
              <SubmitButton variant="small" name="intent" value={`step.remove:${i}`} ariaLabel={t("removeStep", { n: i + 1 })}>
                {t("remove")}
              </SubmitButton>
            </div>
          </li>
        ))}
      </ol>
      <SubmitButton variant="secondary" name="intent" value="step.add">
        {t("addStep")}
      </SubmitButton>
    </section>
  );
}

function StepsError({ errors }: { errors: FieldErrors }) {
  const t = useTranslations("admin.errors");
  const error = errors.steps!;
  return (
    <p className="admin-error" id="f-steps" tabIndex={-1}>
      {t(error.code, error.params ?? {})}
    </p>
  );
}
