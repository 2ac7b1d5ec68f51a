import http from "node:http";
import path from "node:path";
import next from "next";
import { settleForwardedFor } from "@/lib/auth/client-address";
import { NON_PAGE_POLICY } from "@/lib/security/content-security-policy";
import { handleFastRoute } from "./fast-routes";
import { refuseRequest } from "./request-gate";
import { logRequests } from "./request-log";
import { startScheduler } from "./scheduler";

const ROOT = path.resolve(__dirname, "..");

export type WebServer = { url: string; close: () => Promise<void> };

// Every answer, the fast routes' included (next.config.js sets the same on Next's answers).
const SECURITY_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "same-origin",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
};

/**
 * The HTTP server: Next.js for pages and actions, with the machine APIs of fast-routes.ts
 * answered first. One process; `npm start` and `npm run dev` both use it.
 *
 * `host` is the address to listen on (env HOST): unset listens on every interface as
 * before; behind a reverse proxy on the same machine use 127.0.0.1 so only the proxy reaches it,
 * and set TRUST_PROXY=1 so the proxy's x-forwarded-for names the client (else the socket does).
 */
export async function startWebServer(options: { port: number; dev: boolean; host?: string }): Promise<WebServer> {
  const trustProxy = /^(1|true|yes)$/i.test(process.env.TRUST_PROXY ?? "");
  const app = next({ dev: options.dev, dir: ROOT, port: options.port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const server = http.createServer((req, res) => {
    settleForwardedFor(req.headers, req.socket.remoteAddress, trustProxy);
    logRequests(req, res);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    const refusal = refuseRequest(req, !options.dev);
    if (refusal) {
      res.writeHead(refusal.status, { "Content-Type": "text/plain; charset=utf-8", "Content-Security-Policy": NON_PAGE_POLICY });
      res.end(refusal.message);
      return;
    }
    // Machine answers run nothing in a browser; pages get their nonce policy from proxy.ts.
    res.setHeader("Content-Security-Policy", NON_PAGE_POLICY);
    handleFastRoute(req, res)
      .then((handled) => {
        if (handled) return;
        res.removeHeader("Content-Security-Policy");
        return handle(req, res);
      })
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
    if (options.host) server.listen(options.port, options.host, () => resolve());
    else server.listen(options.port, () => resolve());
  });
  server.once("close", startScheduler().stop);

  return {
    url: `http://${displayHost(options.host)}:${options.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }).then(() => app.close()),
  };
}

function displayHost(host: string | undefined): string {
  if (!host || host === "0.0.0.0" || host === "::") return "localhost";
  return host.includes(":") ? `[${host}]` : host;
}
