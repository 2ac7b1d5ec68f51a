import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { solveChallenge } from "./proof-of-work";
import { openAsRecipient, unlockRecipient } from "./recipient-access";
import type { UnlockedRecipient } from "./recipient-keys";
import { addRecipient } from "./recipients";
import { reshareCandidates, reshareReport } from "./reshare";
import { issueSubmissionChallenge, submitReport, type SubmitInput } from "./submit-report";

let address = 0;
function input(overrides: Partial<SubmitInput> & { content?: Record<string, unknown> } = {}): SubmitInput {
  const challenge = issueSubmissionChallenge();
  return {
    client: `198.51.100.${++address}`,
    challenge,
    nonce: solveChallenge(challenge),
    ...overrides,
    content: { category: "procurement", what: "ฮั้วประมูลโครงการถนนหมู่ 4", identity: { mode: "anonymous" }, ...overrides.content },
  };
}

type Name = "clerk" | "finance" | "excluded" | "committee";
const who = {} as Record<Name, UnlockedRecipient>;
const ids = {} as Record<Name, number>;

async function makeRecipient(name: Name, divisionCode?: string) {
  const user = await db.staffUser.create({ data: { username: `rs-${name}`, displayName: name, role: "OFFICER", email: `rs-${name}@staff.invalid` } });
  const added = await addRecipient({ username: user.username, divisionCode, password: `${name} recipient password` });
  if (!added.ok) throw new Error(added.code);
  ids[name] = added.recipientId;
  who[name] = (await unlockRecipient(user.id, `${name} recipient password`))!;
}

let reportId = "";
beforeAll(async () => {
  await seedDatabase(db);
  await makeRecipient("clerk", "PALAD");
  await makeRecipient("finance", "FINANCE");
  await makeRecipient("excluded");
  const filed = await submitReport(input({ excludedRecipientIds: [ids.excluded], content: { accusedDivisionCode: "FINANCE" } }));
  if (!filed.ok) throw new Error(filed.code);
  reportId = filed.reportId;
  // A committee member designated after the report came in has no copy of its key.
  await makeRecipient("committee");
}, 60_000);
afterAll(() => db.$disconnect());

describe("sharing a report with another recipient", () => {
  it("gives a recipient added later the report, when one who can open it shares it", async () => {
    expect(await openAsRecipient(who.committee, reportId)).toBeNull();
    expect((await reshareCandidates(who.clerk, reportId)).map((c) => c.id)).toEqual([ids.committee]);
    expect(await reshareReport(who.clerk, reportId, ids.committee)).toEqual({ ok: true });
    expect((await openAsRecipient(who.committee, reportId))?.content.what).toBe("ฮั้วประมูลโครงการถนนหมู่ 4");
    const log = await db.integrityAccessLog.findFirstOrThrow({ where: { reportId, action: "recipient_reshared" } });
    expect(log.recipientId).toBe(ids.clerk);
    // Shared once: a second time finds nothing to do.
    expect(await reshareReport(who.clerk, reportId, ids.committee)).toEqual({ ok: false, code: "notFound" });
  });

  it("never to a recipient the reporter left out, nor to the accused division, and writes nothing", async () => {
    expect(await reshareReport(who.clerk, reportId, ids.excluded)).toEqual({ ok: false, code: "notAllowed" });
    expect(await reshareReport(who.clerk, reportId, ids.finance)).toEqual({ ok: false, code: "notAllowed" });
    expect(await openAsRecipient(who.excluded, reportId)).toBeNull();
    expect(await openAsRecipient(who.finance, reportId)).toBeNull();
    expect(await db.integrityReportKey.count({ where: { reportId, recipientId: { in: [ids.excluded, ids.finance] } } })).toBe(0);
  });

  it("cannot be done by a recipient without the report's key", async () => {
    expect(await reshareReport(who.finance, reportId, ids.finance)).toEqual({ ok: false, code: "notFound" });
    expect(await reshareReport(who.excluded, reportId, ids.excluded)).toEqual({ ok: false, code: "notFound" });
    expect(await reshareCandidates(who.finance, reportId)).toEqual([]);
  });

  it("follows the reporter's choice of recipients, which the form cannot rewrite", async () => {
    const filed = await submitReport(
      input({ chosenRecipientIds: [ids.clerk], content: { sharing: { chosenStaffIds: [], excludedStaffIds: [] } } }),
    );
    if (!filed.ok) throw new Error(filed.code);
    // Only the clerk was chosen: nobody else may be given it, whatever the form claimed.
    expect(await reshareCandidates(who.clerk, filed.reportId)).toEqual([]);
    expect(await reshareReport(who.clerk, filed.reportId, ids.committee)).toEqual({ ok: false, code: "notAllowed" });
  });
});
