import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypeScript from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTypeScript,
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "lib/db/generated/**",
      "kiosk-agent/dist/**",
      "data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      // Personal data must never reach logs by accident: logging goes through reviewed calls.
      "no-console": ["error", { allow: ["error", "warn"] }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Command-line tools talk to the person at the terminal.
    files: ["scripts/**", "prisma/**", "kiosk-agent/src/cli/**", "kiosk-agent/bench/**", "kiosk-agent/scripts/**", "e2e/**"],
    rules: { "no-console": "off" },
  },
  {
    // next.config.js is CommonJS by Next's convention.
    files: ["next.config.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
];

export default config;
