import { getTranslations } from "next-intl/server";
import type { RequestAttachments } from "@/lib/files/list-attachments";
import type { LocalizedText, Locale } from "@/lib/i18n/localized";
import { formatDateTime } from "./format";
import { ScanUploadForm } from "./scan-upload-form";

/**
 * The request's stored files (lib/files): name, type, size, when and by whom; each name
 * downloads the file (audited, never opened in the browser). Staff who may act on the
 * request can attach a scanned document here.
 */
export async function AttachmentsSection(props: {
  reference: string;
  locale: Locale;
  attachments: RequestAttachments;
  /** The form's file fields' labels, by key. */
  fieldLabels: ReadonlyMap<string, LocalizedText>;
}) {
  const t = await getTranslations("files.section");
  const { files, mayUpload } = props.attachments;
  const base = `${props.locale === "en" ? "/en" : ""}/staff/requests/${encodeURIComponent(props.reference)}/files`;
  const fieldLabel = (key: string) => props.fieldLabels.get(key)?.[props.locale] ?? (key === "defect" || key === "scan" ? t(`field.${key}`) : key);
  const size = (bytes: number) => (bytes >= 1024 * 1024 ? t("sizeMb", { size: (bytes / (1024 * 1024)).toFixed(1) }) : t("sizeKb", { size: Math.max(1, Math.round(bytes / 1024)) }));
  return (
    <section aria-labelledby="wf-attachments-heading" data-testid="attachments">
      <h2 id="wf-attachments-heading">{t("heading")}</h2>
      {files.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="wf-files">
          {files.map((file) => (
            <li key={file.id}>
              {/* A plain link: the answer is a download (Content-Disposition: attachment). */}
              <a href={`${base}/${file.id}`} download={file.name} aria-label={t("download", { name: file.name })}>
                {file.name}
              </a>
              <span className="wf-files__meta">
                {fieldLabel(file.fieldKey)} · {t(`types.${file.mimeType}`)} · {size(file.size)} · {t("uploaded")}{" "}
                <time dateTime={file.uploadedAt.toISOString()}>{formatDateTime(file.uploadedAt, props.locale)}</time>{" "}
                {file.uploadedBy === "applicant" ? t("byApplicant") : file.staffName ? t("byStaff", { name: file.staffName }) : t("byStaffUnknown")}
              </span>
            </li>
          ))}
        </ul>
      )}
      {mayUpload ? <ScanUploadForm reference={props.reference} locale={props.locale} /> : null}
    </section>
  );
}
