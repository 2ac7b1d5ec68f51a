import { median } from "./load";

export type IntegrityBench = { submitMs: number[]; unlockMs: number[]; openMs: number[]; wrongCodeMs: number[] };

/**
 * The corruption-report channel in process, on its own database (the caller sets
 * DATABASE_URL before this runs, migrated): a report with a 5 MB PDF sealed to 3 recipients
 * (goal < 1 s), a recipient unlocking their key (Argon2id, not in the goal), opening the
 * report and its file after unlocking (goal < 300 ms), and one wrong receipt code.
 */
export async function benchIntegrity(rounds: number): Promise<IntegrityBench> {
  const { db } = await import("@/lib/db/client");
  const { seedDatabase } = await import("@/prisma/seed/seed-database");
  const { addRecipient } = await import("@/lib/integrity/recipients");
  const { openAsRecipient, readFileAsRecipient, unlockRecipient } = await import("@/lib/integrity/recipient-access");
  const { openAsReporter } = await import("@/lib/integrity/reporter-access");
  const { issueSubmissionChallenge, submitReport } = await import("@/lib/integrity/submit-report");
  const { solveChallenge } = await import("@/lib/integrity/proof-of-work");
  await seedDatabase(db);
  const staff = [];
  for (const name of ["a", "b", "c"]) {
    const user = await db.staffUser.create({ data: { username: `bench-ir-${name}`, displayName: name, role: "OFFICER", email: `bench-ir-${name}@staff.invalid` } });
    const added = await addRecipient({ username: user.username, password: `bench password ${name} long` });
    if (!added.ok) throw new Error(added.code);
    staff.push(user);
  }
  const pdf = Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(5 * 1024 * 1024, 0x20), Buffer.from("\n%%EOF\n")]);
  const result: IntegrityBench = { submitMs: [], unlockMs: [], openMs: [], wrongCodeMs: [] };
  for (let round = 0; round <= rounds; round++) {
    const challenge = issueSubmissionChallenge();
    const nonce = solveChallenge(challenge); // the browser's work, not timed
    let start = performance.now();
    const filed = await submitReport({
      client: `203.0.113.${round}`,
      challenge,
      nonce,
      files: [{ bytes: pdf, name: "evidence.pdf" }],
      content: { category: "procurement", what: "bench report of a split procurement", identity: { mode: "anonymous" } },
    });
    const submitMs = performance.now() - start;
    if (!filed.ok) throw new Error(filed.code);
    start = performance.now();
    const who = (await unlockRecipient(staff[0]!.id, "bench password a long"))!;
    const unlockMs = performance.now() - start;
    start = performance.now();
    const opened = await openAsRecipient(who, filed.reportId);
    await readFileAsRecipient(who, filed.reportId, opened!.files[0]!.id);
    const openMs = performance.now() - start;
    start = performance.now();
    await openAsReporter("1111 2222 3333 4444", `203.0.113.${round}`);
    const wrongCodeMs = performance.now() - start;
    if (round === 0) continue; // warms up WebAssembly and the JIT
    result.submitMs.push(submitMs);
    result.unlockMs.push(unlockMs);
    result.openMs.push(openMs);
    result.wrongCodeMs.push(wrongCodeMs);
  }
  await db.$disconnect();
  return result;
}

export const summary = (runs: number[]) => ({ median: median(runs), worst: Math.max(...runs) });
