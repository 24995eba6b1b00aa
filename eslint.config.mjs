import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";

// What lib/ (the domain) may not import: the framework, the background machinery, the UI and the simulator.
const forbiddenInLib = {
  next: { group: ["next", "next/*", "next-auth", "next-auth/*"], message: "lib/ is framework-free; the adapters to Next live in server/." },
  inngest: { group: ["inngest", "inngest/*", "@/inngest", "@/inngest/*", "**/inngest/**"], message: "lib/ may not import inngest/; emit events through lib/ instead." },
  ui: { group: ["@/components", "@/components/*", "@/app", "@/app/*", "**/components/**", "**/app/**"], message: "lib/ may not import the UI (components/, app/)." },
  simulator: { group: ["@/simulator", "@/simulator/*", "**/simulator/**"], message: "lib/ may not import the dev-only simulator (tests may)." },
};
const restrictLib = (...allowed) => ({
  "no-restricted-imports": ["error", { patterns: Object.entries(forbiddenInLib).filter(([name]) => !allowed.includes(name)).map(([, pattern]) => pattern) }],
});
const libTests = ["lib/**/*.test.ts", "lib/**/test-*.ts"];

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next/**", "node_modules/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Drizzle handles are named db or tx; an update or delete without where touches every row.
    // Tests are exempt: they empty whole tables between cases on purpose.
    ignores: ["**/*.test.ts"],
    plugins: { drizzle },
    rules: {
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
    },
  },
  { files: ["lib/**/*.{ts,tsx}"], ignores: libTests, rules: restrictLib() },
  // Production code outside lib/ may not import the simulator either; instrumentation.ts loads it lazily in dev.
  { files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "inngest/**/*.ts", "db/**/*.ts"], ignores: ["**/*.test.ts"], rules: { "no-restricted-imports": ["error", { patterns: [forbiddenInLib.simulator] }] } },
  // server/ adapts lib/ to Next (route handlers, server actions, pages, the session): it may import
  // next and next-auth, never the UI, inngest/ or the simulator. Dependencies point app -> server -> lib -> db.
  { files: ["server/**/*.ts"], ignores: ["**/*.test.ts"], rules: restrictLib("next") },
];

export default config;
