import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/localized";
import type { ItaItemView } from "@/lib/ita/read-year";
import { addLinkAction, removeEvidenceAction, uploadEvidenceAction } from "../actions";

/** Hidden fields every checklist form sends back: where to return to. */
function Return({ locale, year, item }: { locale: Locale; year: number; item: ItaItemView }) {
  return (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="itemId" value={item.id} />
      <input type="hidden" name="key" value={item.key} />
    </>
  );
}

/** Upload a document or add a link: shown only to staff who may (lib/ita checks again). */
export async function AddEvidenceForms({ item, year, locale }: { item: ItaItemView; year: number; locale: Locale }) {
  const t = await getTranslations("ita.staff");
  const id = `ita-${item.key}`;
  return (
    <div className="ita-forms">
      <form action={uploadEvidenceAction} className="ita-form" aria-labelledby={`${id}-upload`}>
        <h3 id={`${id}-upload`}>{t("uploadTitle")}</h3>
        <p className="ita-hint">{t("uploadHint")}</p>
        <Return locale={locale} year={year} item={item} />
        <label htmlFor={`${id}-file`}>{t("file")}</label>
        <input id={`${id}-file`} type="file" name="file" required accept=".pdf,.jpg,.jpeg,.png,.docx,.xlsx,.pptx,.odt,.ods" />
        <label htmlFor={`${id}-file-title`}>{t("docTitle")}</label>
        <input id={`${id}-file-title`} name="title" maxLength={200} />
        <button type="submit">{t("upload")}</button>
      </form>
      <form action={addLinkAction} className="ita-form" aria-labelledby={`${id}-link`}>
        <h3 id={`${id}-link`}>{t("linkTitle")}</h3>
        <Return locale={locale} year={year} item={item} />
        <label htmlFor={`${id}-link-title`}>{t("docTitle")}</label>
        <input id={`${id}-link-title`} name="title" required maxLength={200} />
        <label htmlFor={`${id}-url`}>{t("url")}</label>
        <input id={`${id}-url`} name="url" type="url" required maxLength={2000} />
        <button type="submit">{t("addLink")}</button>
      </form>
    </div>
  );
}

export async function RemoveEvidenceButton({ item, evidence, year, locale }: { item: ItaItemView; evidence: ItaItemView["evidence"][number]; year: number; locale: Locale }) {
  const t = await getTranslations("ita.staff");
  return (
    <form action={removeEvidenceAction} className="ita-inline-form">
      <Return locale={locale} year={year} item={item} />
      <input type="hidden" name="evidenceId" value={evidence.id} />
      <button type="submit" className="button--small" aria-label={t("removeLabel", { title: evidence.title })}>
        {t("remove")}
      </button>
    </form>
  );
}
