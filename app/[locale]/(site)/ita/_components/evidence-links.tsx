import { getTranslations } from "next-intl/server";
import type { ItaItemView } from "@/lib/ita/read-year";
import { evidenceFileHref } from "@/lib/ita/evidence-href";
import { Link } from "@/lib/i18n/navigation";

/**
 * An item's evidence as links: the system's own pages for a live item (in the reader's
 * language), then the documents and links staff added. The open-data file and uploaded
 * documents are not pages, so they are plain links without a language prefix.
 */
export async function EvidenceLinks({ item }: { item: ItaItemView }) {
  const t = await getTranslations("ita");
  if (item.live.length === 0 && item.evidence.length === 0) return <p className="ita__missing">{t("public.missing")}</p>;
  return (
    <ul className="ita__links">
      {item.live.map((link) => (
        <li key={link.href}>
          {link.href.startsWith("/open-data/") ? <a href={link.href}>{t(`live.${link.label}`)}</a> : <Link href={link.href}>{t(`live.${link.label}`)}</Link>}
          <span className="ita__url"> {link.href}</span>
        </li>
      ))}
      {item.evidence.map((evidence) => (
        <li key={evidence.id}>
          {evidence.kind === "file" ? (
            <a href={evidenceFileHref(evidence.id, evidence.mimeType)}>
              {evidence.title} ({t("public.fileKind", { type: (evidenceFileHref(evidence.id, evidence.mimeType).split(".").pop() ?? "").toUpperCase() })})
            </a>
          ) : (
            <a href={evidence.url ?? "#"} rel="noopener noreferrer">
              {evidence.title}
            </a>
          )}
          {evidence.kind === "link" ? <span className="ita__url"> {evidence.url}</span> : null}
        </li>
      ))}
    </ul>
  );
}
