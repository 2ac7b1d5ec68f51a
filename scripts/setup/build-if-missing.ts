import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { SetupError } from "./setup-error";

const ROOT = path.resolve(__dirname, "..", "..");

export function hasBuild(): boolean {
  return fs.existsSync(path.join(ROOT, ".next", "BUILD_ID"));
}

/** The first start builds the web app once; later starts reuse the build. */
export function buildIfMissing(log: (line: string) => void): void {
  if (hasBuild()) return;
  log("No build yet: building the web app once (a minute or two)...");
  const next = path.join(ROOT, "node_modules", ".bin", "next");
  const run = spawnSync(next, ["build"], { cwd: ROOT, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (run.status !== 0) throw new SetupError("the web app did not build; see the messages above");
}
