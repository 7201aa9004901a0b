import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/global-setup.ts"],
    // Browser tests and site inspections share the sites built once in global setup.
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
