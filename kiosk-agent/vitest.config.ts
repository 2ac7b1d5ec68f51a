import { defineConfig } from "vitest/config";

/**
 * Two projects: unit tests (pure, parallel, no hardware) and integration tests (a real pcscd
 * with vsmartcard-vpcd and the built CLI as a subprocess). Integration files share pcscd and
 * the vpcd ports, so they run one at a time.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts"],
          environment: "node",
          pool: "forks",
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
    ],
  },
});
