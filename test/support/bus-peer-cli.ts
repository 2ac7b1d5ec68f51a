/**
 * `tsx test/support/bus-peer-cli.ts`: a second server process for the cross-process tests
 * (lib/events/process-channel.integration.test.ts), on the same DATABASE_URL. It prints one
 * JSON line per thing it receives ({"ready":true} once listening, then {"event":…},
 * {"access":…}, {"mail":true}, {"catalogue":true}) and obeys one JSON command per stdin line:
 * {"publish":<LiveEvent>}, {"access":<id>}, {"mail":true}, {"rename":{"code":…,"nameEn":…}}.
 */
import readline from "node:readline";
import { db } from "@/lib/db/client";
import { onAccessChange, publish, publishAccessChange, subscribe, type LiveEvent } from "@/lib/events/bus";
import { processChannel } from "@/lib/events/process-channel";
import { mailQueued, onMailQueued } from "@/lib/mail/kick";
import { invalidateCatalogue } from "@/lib/services/catalogue";

type Command = { publish?: LiveEvent; access?: number; mail?: true; rename?: { code: string; nameEn: string } };

const say = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);

subscribe((event) => say({ event }));
onAccessChange((access) => say({ access }));
onMailQueued(() => say({ mail: true }));
processChannel().on("catalogue", () => say({ catalogue: true }));

async function obey(command: Command): Promise<void> {
  if (command.publish) publish(command.publish);
  if (command.access !== undefined) publishAccessChange(command.access);
  if (command.mail) mailQueued();
  if (command.rename) {
    await db.service.update({ where: { code: command.rename.code }, data: { nameEn: command.rename.nameEn } });
    invalidateCatalogue();
  }
  say({ done: true });
}

void processChannel()
  .ready()
  .then(() => say({ ready: true }));
readline.createInterface({ input: process.stdin }).on("line", (line) => {
  obey(JSON.parse(line) as Command).catch((error: unknown) => say({ failed: error instanceof Error ? error.message : String(error) }));
});
// The parent closes stdin to end this process.
process.stdin.on("end", () => {
  void processChannel()
    .close()
    .then(() => db.$disconnect())
    .finally(() => process.exit(0));
});
