import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["packages/*/tests/**/*.test.ts", "tests/**/*.test.ts"],
    setupFiles: ["tests/setup/fast-check.ts"],
    globalSetup: ["tests/setup/bundle.ts"],
    // Linting real files and spawning the eslint CLI (tests/integration) is slow on a 2-core CI
    // runner; a timeout there means "hung", not "a bit slow".
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Child processes (forks) isolate the WASM shell parser and ESLint's module caches per file.
    // On CI use both cores; locally vitest picks from the machine.
    pool: "forks",
    maxWorkers: process.env.CI ? 2 : undefined,
  },
});
