import { EVIDENCE_TYPES, type EvidenceType } from "./evidence-file-types";

/** The public address of an uploaded document: /ita-files/<id>.<ext> (the extension says the type to people and programs). */
export function evidenceFileHref(id: string, mimeType: string | null): string {
  const ext = mimeType && Object.hasOwn(EVIDENCE_TYPES, mimeType) ? EVIDENCE_TYPES[mimeType as EvidenceType] : "bin";
  return `/ita-files/${id}.${ext}`;
}
