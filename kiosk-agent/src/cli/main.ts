import { AGENT_VERSION } from "../version.js";
import { identityCommand } from "./commands/identity.js";
import { readCommand } from "./commands/read.js";
import { readersCommand } from "./commands/readers.js";
import { serveCommand } from "./commands/serve.js";
import { simulateCommand } from "./commands/simulate.js";
import { CliFailure, EXIT, usage } from "./exit-codes.js";
import { HELP } from "./help.js";

type Command = (args: string[], out: (line: string) => void) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  readers: readersCommand,
  read: readCommand,
  serve: serveCommand,
  simulate: simulateCommand,
  identity: identityCommand,
};

const out = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

export async function run(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  try {
    if (name === "--help" || name === "-h" || name === "help") {
      process.stdout.write(HELP);
      return EXIT.ok;
    }
    if (name === "--version" || name === "-v") {
      out(AGENT_VERSION);
      return EXIT.ok;
    }
    const command = name === undefined ? undefined : COMMANDS[name];
    if (command === undefined) throw usage(name === undefined ? "missing command" : `unknown command: ${name}`);
    return await command(args, out);
  } catch (error) {
    if (error instanceof CliFailure) {
      process.stderr.write(`kiosk-agent: ${error.message}\n`);
      return error.exitCode;
    }
    process.stderr.write(`kiosk-agent: unexpected error: ${(error as Error)?.message ?? String(error)}\n`);
    return EXIT.failure;
  }
}

const code = await run(process.argv.slice(2));
// The native PC/SC binding can keep helper threads referenced after stop(); exit explicitly
// once stdout has drained so the printed JSON is complete.
process.stdout.write("", () => process.exit(code));
