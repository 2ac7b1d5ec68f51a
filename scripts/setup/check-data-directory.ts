import { spawnSync } from "node:child_process";
import path from "node:path";
import { SetupError } from "./setup-error";

const PROBE = path.join(__dirname, "probe-data-directory.mjs");
/** Long enough for a slow disk, short enough that nobody thinks the start hangs. */
const PROBE_TIMEOUT_MS = 10_000;

type ProbeResult = { ok: true; created: boolean; mode: number } | { ok: false; code: string; at: string };

/**
 * Create the database's folder if needed (0700: it holds personal data) and prove we can
 * write there. The work runs in a child process with a time limit, so a path that cannot
 * be created ends the start with one line naming it instead of a silent hang.
 * Returns a warning to show when an existing folder is open to other users.
 */
export function checkDataDirectory(databaseFile: string): { warning: string | null } {
  const directory = path.dirname(databaseFile);
  const run = spawnSync(process.execPath, [PROBE, databaseFile], { encoding: "utf8", timeout: PROBE_TIMEOUT_MS, killSignal: "SIGKILL" });
  if (run.error || run.signal) {
    throw new SetupError(
      `the data folder ${directory} did not answer within ${PROBE_TIMEOUT_MS / 1000} s (a path that cannot be created, or a hung disk or network mount); create it yourself (mkdir -m 700 -p ${directory}) or set DATABASE_URL=file:/a/local/writable/folder/ko.db`,
    );
  }
  const result = parse(run.stdout);
  if (!result.ok) {
    const where = result.at === databaseFile ? "" : ` on ${result.at}`;
    throw new SetupError(
      `cannot write the database at ${databaseFile} (${result.code}${where}); make ${directory} a folder this user can write (mkdir -m 700 -p ${directory}) or set DATABASE_URL=file:/a/writable/folder/ko.db`,
    );
  }
  const open = result.mode & 0o077;
  return {
    warning: open ? `the data folder ${directory} can be read by other users (mode ${result.mode.toString(8)}); it holds personal data: chmod 700 ${directory}` : null,
  };
}

function parse(stdout: string): ProbeResult {
  try {
    return JSON.parse(stdout.trim()) as ProbeResult;
  } catch {
    return { ok: false, code: "the folder check gave no answer", at: "" };
  }
}
