import "./paper.css";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { PrintButton } from "@/app/_components/print-button";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/localized";
import type { RequestDetail } from "@/lib/requests/workflow/get-request-detail";
import { formatDateTime } from "./format";

/**
 * An A4 document of one request (defect record, result letter): the municipality's heading,
 * the request's facts, the body, and the signature lines. On screen a print button and a way
 * back; on paper only the document (paper.css).
 */
export async function Paper(props: {
  detail: RequestDetail;
  locale: Locale;
  title: string;
  subtitle?: string;
  printedAt: Date;
  children: ReactNode;
  signatures: { line: string; name: string | null }[];
  testId: string;
}) {
  const t = await getTranslations("workflow.paperwork");
  const { detail, locale } = props;
  return (
    <div className="paper-page">
      <p className="paper-tools no-print">
        <Link href={`/staff/requests/${detail.reference}`}>{t("back", { reference: detail.reference })}</Link>
        <PrintButton label={t("print")} />
      </p>
      <article className="paper" data-testid={props.testId}>
        <header className="paper__head">
          <p className="paper__org">{t("municipality")}</p>
          <h1>{props.title}</h1>
          {props.subtitle ? <p className="paper__law">{props.subtitle}</p> : null}
        </header>
        <dl className="paper__facts">
          <div>
            <dt>{t("reference")}</dt>
            <dd>{detail.reference}</dd>
          </div>
          <div>
            <dt>{t("service")}</dt>
            <dd>{detail.service.name[locale]}</dd>
          </div>
          <div>
            <dt>{t("applicant")}</dt>
            <dd>{detail.applicant?.name[locale] ?? ""}</dd>
          </div>
          <div>
            <dt>{t("division")}</dt>
            <dd>{detail.division.name[locale]}</dd>
          </div>
        </dl>
        {props.children}
        <div className="paper__signatures">
          {props.signatures.map((signature) => (
            <div key={signature.line} className="paper__signature">
              <p>{signature.line}</p>
              <p>{t("signedName", { name: signature.name ?? "........................................" })}</p>
              <p>{t("signedDate")}</p>
            </div>
          ))}
        </div>
        <p className="paper__printed">{t("printedAt", { date: formatDateTime(props.printedAt, locale) })}</p>
      </article>
    </div>
  );
}
