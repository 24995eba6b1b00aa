import { defineConfig } from "vitest/config";

export default defineConfig({
  // "@/..." imports resolve through tsconfig.json's paths, as in Next.
  resolve: { tsconfigPaths: true },
  test: {
    environment: "node",
    include: ["**/*.test.ts"],
    setupFiles: ["tests/setup.ts"],
    exclude: ["node_modules/**", ".next/**", "e2e/**", ".data/**"],
    // Two cores: one worker per core; each file opens its own database.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
