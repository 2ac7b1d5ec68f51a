import { execFileSync } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, startServer, tempDatabase, type RunningServer } from "@/scripts/support/server-process";
import { onPostgres } from "./support/engine";

/**
 * The HTTP edge of a real production server (`npm start`'s script, no PUBLIC_URL):
 * the Content-Security-Policy of every page type (Finding 4), the Host check (Finding 14),
 * cross-origin and Origin-less server actions (Finding 15), the request log and public/.
 */
const ROOT = path.resolve(__dirname, "..");
let server: RunningServer;
let agentPort: number;
let trackingToken: string;
let stdout = "";

beforeAll(async () => {
  // On PostgreSQL the server runs on this test file's own database.
  const database = onPostgres ? process.env.DATABASE_URL! : tempDatabase();
  agentPort = await freePort();
  server = await startServer(database, undefined, { KIOSK_AGENT_PORT: String(agentPort) }, (text) => (stdout += text));
  const filed = execFileSync(path.join(ROOT, "node_modules", ".bin", "tsx"), ["e2e/support/fixtures.cli.ts", "request", "{}"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: onPostgres ? database : `file:${database}` },
    encoding: "utf8",
  });
  trackingToken = (JSON.parse(filed.trim().split("\n").at(-1)!) as { trackingToken: string }).trackingToken;
}, 180_000);

afterAll(() => server?.stop());

function get(pathname: string, headers: Record<string, string> = {}) {
  return fetch(`${server.url}${pathname}`, { headers, redirect: "manual" });
}

/** fetch() never sends a Host header of its own choosing; node:http does. */
function getWithHost(pathname: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(`${server.url}${pathname}`, { headers: { host } }, (response) => {
        let body = "";
        response.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      })
      .on("error", reject);
  });
}

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(";").map((part) => {
    const [name = "", ...sources] = part.trim().split(/\s+/);
    return [name, sources] as const;
  }));
}

const PAGES = {
  home: "/",
  "home (English)": "/en",
  "service manual": "/services/PUBLIC_INFRASTRUCTURE_REPAIR",
  track: "", // filled in with the filed request's token
  kiosk: "/kiosk",
  "kiosk (English)": "/en/kiosk",
  display: "/display",
  "staff sign-in": "/staff/sign-in",
  "staff board": "/staff",
};

describe("Content-Security-Policy on every page", () => {
  for (const [kind, pathname] of Object.entries(PAGES)) {
    it(`${kind}: a strict policy whose nonce is on every script`, async () => {
      const response = await get(pathname || `/track/${trackingToken}`);
      // The staff board sends a visitor who is not signed in to the sign-in page.
      expect(kind === "staff board" ? [303, 307] : [200]).toContain(response.status);
      const policy = response.headers.get("content-security-policy") ?? "";
      const csp = directives(policy);
      const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1];
      expect(nonce, policy).toBeTruthy();
      expect(csp.get("script-src")).not.toContain("'unsafe-eval'");
      expect(csp.get("script-src")).not.toContain("'unsafe-inline'");
      expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
      expect(csp.get("object-src")).toEqual(["'none'"]);
      expect(csp.get("base-uri")).toEqual(["'self'"]);
      expect(csp.get("form-action")).toEqual(["'self'"]);

      const agent = [`ws://127.0.0.1:${agentPort}`, `ws://localhost:${agentPort}`];
      if (kind.startsWith("kiosk")) expect(csp.get("connect-src")).toEqual(["'self'", ...agent]);
      else expect(csp.get("connect-src")).toEqual(["'self'"]);

      if (response.status === 200) {
        const html = await response.text();
        const scripts = html.match(/<script\b[^>]*>/g) ?? [];
        expect(scripts.length).toBeGreaterThan(0);
        for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
      }
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("same-origin");
      expect(response.headers.get("permissions-policy")).toContain("camera=()");
    });
  }

  it("gives each answer a fresh nonce", async () => {
    const [a, b] = await Promise.all([get("/"), get("/")]);
    expect(a.headers.get("content-security-policy")).not.toBe(b.headers.get("content-security-policy"));
  });

  it("runs nothing in the machine answers and files", async () => {
    for (const pathname of ["/open311/v2/services.json", "/api/health", "/robots.txt", "/emblem.svg"]) {
      const response = await get(pathname);
      expect(response.status, pathname).toBe(200);
      expect(response.headers.get("content-security-policy"), pathname).toMatch(/^default-src 'none'; frame-ancestors 'none'/);
      expect(response.headers.get("x-content-type-options"), pathname).toBe("nosniff");
    }
  });
});

describe("Host header (production, no PUBLIC_URL)", () => {
  it("refuses a host that is not this server's, so no receipt link can point there", async () => {
    const response = await getWithHost(`/track/${trackingToken}`, "evil.example");
    expect(response.status).toBe(421);
    expect(response.body).not.toContain("evil.example");
  });

  it("answers loopback names, and health from loopback whatever the Host", async () => {
    expect((await getWithHost("/", "localhost")).status).toBe(200);
    expect((await getWithHost("/api/health", "evil.example")).status).toBe(200);
  });
});

describe("server actions from elsewhere", () => {
  const action = { "next-action": "0123456789abcdef0123456789abcdef01234567", "content-type": "text/plain;charset=UTF-8" };

  it("answers a cross-origin action 403", async () => {
    const response = await fetch(`${server.url}/staff/sign-in`, { method: "POST", headers: { ...action, origin: "http://evil.example" }, body: "[]" });
    expect(response.status).toBe(403);
  });

  it("refuses an action without an Origin header", async () => {
    const response = await fetch(`${server.url}/staff/sign-in`, { method: "POST", headers: action, body: "[]" });
    expect(response.status).toBe(403);
  });

  it("lets this site's own pages through to Next.js", async () => {
    const response = await fetch(`${server.url}/staff/sign-in`, { method: "POST", headers: { ...action, origin: server.url }, body: "[]" });
    expect(response.status).not.toBe(403);
  });
});

describe("public files", () => {
  it("keeps the staff console, tracking and the kiosk out of search engines", async () => {
    const robots = await (await get("/robots.txt")).text();
    for (const prefix of ["/staff", "/track", "/kiosk", "/en/staff", "/en/track", "/en/kiosk"]) {
      expect(robots).toMatch(new RegExp(`^Disallow: ${prefix}$`, "m"));
    }
  });

  it("lets the kiosk and the display be pinned full screen", async () => {
    for (const [page, manifest] of [["/kiosk", "/kiosk.webmanifest"], ["/display", "/display.webmanifest"]] as const) {
      expect(await (await get(page)).text()).toContain(`<link rel="manifest" href="${manifest}"`);
      const body = (await (await get(manifest)).json()) as { display: string; start_url: string; icons: { src: string }[] };
      expect(body.display).toBe("fullscreen");
      expect(body.start_url).toBe(page);
      for (const icon of body.icons) expect((await get(icon.src)).status, icon.src).toBe(200);
    }
  });

  it("serves the favicon and icons as images", async () => {
    const ico = Buffer.from(await (await get("/favicon.ico")).arrayBuffer());
    expect([...ico.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
    const png = Buffer.from(await (await get("/icons/icon-192.png")).arrayBuffer());
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect(await (await get("/emblem.svg")).text()).toContain("PLACEHOLDER");
  });
});

describe("npm start without PUBLIC_URL", () => {
  it("warns, saying what to set", () => {
    expect(stdout).toMatch(/^\[ko\] warning: PUBLIC_URL is not set: receipt QR codes point to .* Set PUBLIC_URL to the address residents use, e\.g\. PUBLIC_URL=https:\/\//m);
  });
});

describe("request log", () => {
  it("writes one JSON line per request without tokens or query strings", async () => {
    await get(`/track/${trackingToken}?from=qr`);
    await get("/services?q=1101700207031");
    await new Promise((resolve) => setTimeout(resolve, 200));
    const lines = stdout.split("\n").filter((line) => line.startsWith("{"));
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries.length).toBeGreaterThan(10);
    for (const entry of entries) {
      expect(Object.keys(entry).sort()).toEqual(["method", "ms", "path", "status", "time"]);
    }
    expect(entries).toContainEqual(expect.objectContaining({ method: "GET", path: "/track/:token", status: 200 }));
    expect(entries).toContainEqual(expect.objectContaining({ method: "GET", path: "/services", status: 200 }));
    expect(entries).toContainEqual(expect.objectContaining({ method: "POST", path: "/staff/sign-in", status: 403 }));
    expect(stdout).not.toContain(trackingToken);
    expect(stdout).not.toContain("1101700207031");
  });
});
