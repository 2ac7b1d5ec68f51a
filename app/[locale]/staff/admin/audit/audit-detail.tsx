import { getTranslations } from "next-intl/server";
import { auditDetailFields, type DetailField, type DetailValue } from "@/lib/admin/audit-detail";

type AuditTranslator = Awaited<ReturnType<typeof getTranslations<"admin.audit">>>;

/** An audit row's detail as a short labelled list (what changed, from what to what), never raw JSON. */
export async function AuditDetail({ detail }: { detail: string }) {
  const t = await getTranslations("admin.audit");
  const fields = auditDetailFields(detail);
  if ("raw" in fields) return <span className="audit-detail__raw">{fields.raw}</span>;
  if (fields.length === 0) return <span className="admin-muted">{t("noDetail")}</span>;
  return <Fields fields={fields} t={t} />;
}

function Fields({ fields, t }: { fields: DetailField[]; t: AuditTranslator }) {
  return (
    <dl className="audit-detail">
      {fields.map((field) => (
        <div key={field.key}>
          <dt>{field.label ? t(`fields.${field.label}`) : field.fallback}</dt>
          <dd>
            <Value value={field.value} t={t} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function Value({ value, t }: { value: DetailValue; t: AuditTranslator }) {
  switch (value.kind) {
    case "text":
      return <>{value.text}</>;
    case "yes":
    case "no":
    case "edited":
      return <>{t(value.kind)}</>;
    case "none":
      return <>{t("noDetail")}</>;
    case "change":
      return (
        <>
          <Value value={value.from} t={t} /> <span aria-hidden="true">→</span>
          <span className="visually-hidden">{t("fields.to")}</span> <Value value={value.to} t={t} />
        </>
      );
    case "fields":
      return <Fields fields={value.fields} t={t} />;
  }
}
