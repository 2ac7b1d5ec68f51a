import http from "node:http";
import path from "node:path";
import next from "next";
import { handleFastRoute } from "./fast-routes";
import { startScheduler } from "./scheduler";

const ROOT = path.resolve(__dirname, "..");

export type WebServer = { url: string; close: () => Promise<void> };

/**
 * The HTTP server: Next.js for pages and actions, with the machine APIs of fast-routes.ts
 * answered first. One process; `npm start` and `npm run dev` both use it.
 */
export async function startWebServer(options: { port: number; dev: boolean }): Promise<WebServer> {
  const app = next({ dev: options.dev, dir: ROOT, port: options.port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const server = http.createServer((req, res) => {
    handleFastRoute(req, res)
      .then((handled) => (handled ? undefined : handle(req, res)))
      .catch((error: unknown) => {
        console.error("request failed:", error instanceof Error ? error.message : error);
        if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
        res.end("Internal Server Error");
      });
  });
  // Keep-alive longer than typical proxies' idle timeout, so they never reuse a closed socket.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, () => resolve());
  });
  server.once("close", startScheduler().stop);

  return {
    url: `http://localhost:${options.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }).then(() => app.close()),
  };
}
