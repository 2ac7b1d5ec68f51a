// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// The APIs and the files in public/ run nothing (an SVG could carry a script): the same policy as
// NON_PAGE_POLICY in lib/security/content-security-policy.ts. Pages get theirs from proxy.ts.
const FILE_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
const PUBLIC_FILES = ["/api/:path*", "/robots.txt", "/favicon.ico", "/emblem.svg", "/icons/:file*", "/kiosk.webmanifest", "/display.webmanifest"];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The database drivers (SQLite native, PostgreSQL pure JS) stay outside the server bundle and load from node_modules.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  experimental: {
    // Attachments (lib/files): up to 5 files of 10 MB each in one filing, plus the form.
    // Next's defaults (1 MB for actions, 10 MB through proxy.ts) would cut them off.
    serverActions: { bodySizeLimit: "52mb" },
    proxyClientMaxBodySize: "52mb",
  },
  // The lint step of `npm test` runs ESLint itself; type errors fail `npm run typecheck`.
  typescript: { ignoreBuildErrors: false },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
      // The online form may ask for the device's position, and only when the resident presses
      // "use my location" (app/[locale]/(site)/e-service/[code]/_components/place-field.tsx).
      ...["/e-service/:code", "/en/e-service/:code"].map((source) => ({
        source,
        headers: [{ key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(self)" }],
      })),
      // The corruption-report channel (lib/integrity): nothing cached anywhere, and no link
      // out of it tells the next site where the reader came from.
      ...["/integrity", "/integrity/:path*", "/en/integrity", "/en/integrity/:path*"].map((source) => ({
        source,
        headers: [
          { key: "Cache-Control", value: "no-store" },
          { key: "Referrer-Policy", value: "no-referrer" },
        ],
      })),
      ...PUBLIC_FILES.map((source) => ({ source, headers: [{ key: "Content-Security-Policy", value: FILE_POLICY }] })),
    ];
  },
};

module.exports = withNextIntl(nextConfig);
