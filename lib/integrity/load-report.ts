import { db } from "@/lib/db/client";
import { reportContentSchema, type ReportContent } from "./content";
import type { FileMeta } from "./files";
import { unlock, unlockJson, type Sodium } from "./sodium";

/** A report opened with its key: what a reporter or a recipient sees. */
export type OpenedReport = {
  id: string;
  status: string;
  outcome: string | null;
  createdAt: Date;
  closedAt: Date | null;
  expiresAt: Date | null;
  content: ReportContent;
  messages: { id: number; author: string; body: string; createdAt: Date }[];
  files: ({ id: string; addedBy: string; createdAt: Date } & FileMeta)[];
};

/** Decrypt a report and everything with it. Throws if a box does not open: tampering. */
export async function loadReport(s: Sodium, reportId: string, key: Uint8Array): Promise<OpenedReport | null> {
  const row = await db.integrityReport.findUnique({
    where: { id: reportId },
    include: { messages: { orderBy: { id: "asc" } }, files: { orderBy: { createdAt: "asc" } } },
  });
  if (!row) return null;
  const open = (box: Uint8Array) => {
    const plain = unlock(s, box, key);
    if (!plain) throw new Error("an integrity box does not open with its report key");
    return s.to_string(plain);
  };
  return {
    id: row.id,
    status: row.status,
    outcome: row.outcome,
    createdAt: row.createdAt,
    closedAt: row.closedAt,
    expiresAt: row.expiresAt,
    content: reportContentSchema.parse(JSON.parse(open(row.contentBox))),
    messages: row.messages.map((m) => ({ id: m.id, author: m.author, body: open(m.bodyBox), createdAt: m.createdAt })),
    files: row.files.map((f) => ({ id: f.id, addedBy: f.addedBy, createdAt: f.createdAt, ...(unlockJson(s, f.metaBox, key) as FileMeta) })),
  };
}
