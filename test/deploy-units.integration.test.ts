import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The units name /opt/ko-one-stop as the install folder; the test relocates that one path
// to this checkout so systemd can check that the programs they start exist.
const INSTALL_DIR = "/opt/ko-one-stop";

function verify(unit: string, mode: "system" | "user") {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ko-units-"));
  // All units side by side: a timer is checked together with the service it starts.
  for (const name of fs.readdirSync("deploy").filter((n) => /\.(service|timer)$/.test(n))) {
    const text = fs.readFileSync(path.join("deploy", name), "utf8").replaceAll(INSTALL_DIR, process.cwd());
    fs.writeFileSync(path.join(dir, name), text);
  }
  // A user manager needs a runtime folder even to verify.
  const runtime = fs.mkdtempSync(path.join(os.tmpdir(), "ko-xdg-"));
  const args = mode === "user" ? ["verify", "--user", path.join(dir, unit)] : ["verify", path.join(dir, unit)];
  const run = spawnSync("systemd-analyze", args, { encoding: "utf8", env: { ...process.env, XDG_RUNTIME_DIR: runtime } });
  if (run.error) throw new Error(`systemd-analyze is needed for this test (Debian: apt install systemd): ${run.error.message}`);
  return run;
}

describe("deploy/ systemd units", () => {
  // systemd-analyze exits 0 on most mistakes (an unknown option, a bad value) and only
  // prints them, so the test fails on any output about the unit.
  it.each([
    ["ko-one-stop.service", "system"],
    ["ko-kiosk-agent.service", "system"],
    ["ko-backup.service", "system"],
    ["ko-backup.timer", "system"],
    ["ko-kiosk-browser.service", "user"],
  ] as const)("%s passes systemd-analyze verify with nothing to report", (unit, mode) => {
    const run = verify(unit, mode);
    expect(run.stderr + run.stdout).toBe("");
    expect(run.status).toBe(0);
  });

  it("the server unit keeps its hardening", () => {
    const unit = fs.readFileSync("deploy/ko-one-stop.service", "utf8");
    for (const line of ["User=ko", "NoNewPrivileges=yes", "ProtectSystem=strict", "StateDirectoryMode=0700", "UMask=0077", "Restart=on-failure", "Environment=HOST=127.0.0.1"]) {
      expect(unit).toContain(line);
    }
  });

  it("catches a broken unit (the check itself can fail)", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ko-units-"));
    fs.writeFileSync(path.join(dir, "broken.service"), "[Service]\nExecStart=/usr/bin/true\nRestart=sometimes\n");
    const run = spawnSync("systemd-analyze", ["verify", path.join(dir, "broken.service")], { encoding: "utf8" });
    expect(run.stderr).toContain("restart specifier");
  });
});
