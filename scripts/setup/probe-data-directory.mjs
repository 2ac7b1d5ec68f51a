// Run by check-data-directory.ts in a child process with a time limit: creating a folder
// where the system cannot can hang a process for good (Node's recursive mkdir loops forever
// under /proc, a dead network mount blocks), and `npm start` must still answer with a line.
// Plain JavaScript so the child starts in milliseconds. Prints one JSON line.
import fs from "node:fs";
import path from "node:path";

const [databaseFile] = process.argv.slice(2);
const directory = path.dirname(databaseFile);
let at = directory;

try {
  // One level at a time, never recursive: new folders are private (0700) from the start.
  const missing = [];
  for (let folder = directory; !fs.existsSync(folder); folder = path.dirname(folder)) {
    missing.unshift(folder);
    if (path.dirname(folder) === folder) break;
  }
  for (const folder of missing) {
    at = folder;
    fs.mkdirSync(folder, { mode: 0o700 });
  }
  at = directory;
  const probe = path.join(directory, `.write-test-${process.pid}`);
  fs.writeFileSync(probe, "", { mode: 0o600 });
  fs.rmSync(probe);
  at = databaseFile;
  if (fs.existsSync(databaseFile)) fs.accessSync(databaseFile, fs.constants.R_OK | fs.constants.W_OK);
  const mode = fs.statSync(directory).mode & 0o777;
  console.log(JSON.stringify({ ok: true, created: missing.length > 0, mode }));
} catch (error) {
  console.log(JSON.stringify({ ok: false, code: error && error.code ? String(error.code) : "unknown error", at }));
}
