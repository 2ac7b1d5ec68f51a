import { loadPcsclite } from "./src/pcsc/load-pcsclite.ts";
import { PcscBackend } from "./src/pcsc/pcsc-backend.ts";
import { VpcdCard } from "./src/virtual/vpcd-card.ts";
import { VirtualThaiIdCard } from "./src/virtual/virtual-card.ts";
import { loadSampleCard } from "./src/virtual/sample-cards.ts";
import { readThaiIdCard } from "./src/card/read-card.ts";
import { stderrLogger } from "./src/logger.ts";

const load = loadPcsclite();
if (!load.ok) throw new Error("no pcsc");
const backend = new PcscBackend({ factory: load.factory, logger: stderrLogger({ debug: true }) });
backend.on("card-inserted", (r, atr) => console.log("inserted", r, atr.toString("hex")));
backend.on("card-removed", (r) => console.log("removed", r));
backend.on("service", (a) => console.log("service", a));
let t = Date.now();
await backend.start();
console.log("started in", Date.now() - t, backend.readers());
const card = new VirtualThaiIdCard(loadSampleCard().image);
const vc = new VpcdCard({ card, port: 35963, delayMs: Number(process.env.DELAY ?? 0), removeAfterApdus: process.env.REMOVE ? Number(process.env.REMOVE) : undefined });
t = Date.now();
vc.start();
await new Promise<void>((r) => backend.once("card-inserted", () => r()));
console.log("insert seen after", Date.now() - t);
for (let i = 0; i < 3; i++) {
  t = Date.now();
  try {
    const s = await backend.connect("Virtual PCD 00 00");
    const res = await readThaiIdCard(s.transmit, { atr: s.atr, photo: i === 2 });
    await s.close();
    console.log("read", res.apdus, Date.now() - t, res.data.nameEn.first, res.data.photo?.length);
  } catch (e) { console.log("ERR", (e as any).code, (e as Error).message, (e as any).cause?.message, (e as any).cause?.cause?.message); }
}
await vc.stop();
await new Promise((r) => setTimeout(r, 1000));
await backend.stop();
console.log("done");
