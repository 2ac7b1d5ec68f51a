import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { createLiveRoutes } from "@/server/live-routes";
import { displayDeviceToken } from "./display-device";

// The caps as the server ships them.
const routes = createLiveRoutes();
let server: http.Server;
let base = "";
const open: AbortController[] = [];

beforeAll(async () => {
  await seedDatabase(db);
  server = http.createServer((req, res) => void routes.handle(req, res).then((handled) => handled || res.writeHead(404).end()));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const controller of open) controller.abort();
  routes.closeAll();
  await new Promise((resolve) => server.close(resolve));
});

async function connect(query = ""): Promise<number> {
  const controller = new AbortController();
  open.push(controller);
  const response = await fetch(`${base}/api/display/events${query}`, { signal: controller.signal });
  return response.status;
}

describe("the waiting-room display cannot be crowded out", () => {
  it("one address holds a handful of public streams; the enrolled TV still connects, a forged token does not", async () => {
    const crowd = [];
    for (let i = 0; i < 12; i++) crowd.push(await connect());
    expect(crowd.filter((status) => status === 200)).toHaveLength(4);
    expect(crowd.slice(4).every((status) => status === 503)).toBe(true);

    const tv = displayDeviceToken("waiting-room");
    expect(await connect(`?device=${tv}`)).toBe(200);
    // A second browser on the same screen name (a restart while the old one lingers) also fits.
    expect(await connect(`?device=${tv}`)).toBe(200);
    expect(await connect(`?device=${tv.slice(0, -2)}xx`)).toBe(503);
    expect(await connect(`?device=lobby.${tv.split(".")[1]}`)).toBe(503);
  });
});
