import { z } from "zod";
import { resolveAuthSecret } from "@/lib/auth/secret";

// The one place that reads process.env. Every variable and its default is listed in README.md.
const booleanFlag = z
  .enum(["1", "0", "true", "false", ""])
  .optional()
  .transform((v) => v === "1" || v === "true");

const blankIsUnset = (v: unknown) => (v === "" ? undefined : v);
const matchWeight = (fallback: number) =>
  z.preprocess(blankIsUnset, z.coerce.number({ error: "must be a number, 0 or more" }).min(0, "must be 0 or more").max(100, "must be 100 or less").default(fallback));

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url().optional().or(z.literal("").transform(() => undefined)),
  PGLITE_DIR: z.string().default(".data/pglite"),
  NEXTAUTH_SECRET: z.string().optional(),
  NEXTAUTH_URL: z.string().optional(),
  INNGEST_DEV: z.string().optional(),
  INNGEST_BASE_URL: z.string().optional(),
  INNGEST_EVENT_KEY: z.string().optional(),
  INNGEST_SIGNING_KEY: z.string().optional(),
  RUNNER_POLL_MS: z.coerce.number().int().positive().default(1000),
  RUNNER_DISABLED: booleanFlag,
  /** Set by Next itself; "phase-production-build" during `next build`. */
  NEXT_PHASE: z.string().optional(),
  JOB_EXPIRY_DAYS: z.coerce.number().int().positive().default(30),
  SYNC_MAX_ITEMS: z.coerce.number().int().positive().default(100_000),
  /** The janitor fails a sync run nothing will finish after this many minutes. */
  SYNC_STUCK_MINUTES: z.coerce.number().int().positive().default(15),
  /** Days kept of raw pages, finished background runs, record errors, webhook ids and sent outbox events. */
  RETENTION_DAYS: z.coerce.number().int().positive().default(30),
  /** Per-table overrides of RETENTION_DAYS. */
  RETENTION_DAYS_RAW_PAGES: z.coerce.number().int().positive().optional(),
  RETENTION_DAYS_BACKGROUND_RUNS: z.coerce.number().int().positive().optional(),
  SIMULATOR_ENABLED: z.enum(["1", "0", "true", "false"]).optional(),
  SIMULATOR_PORT: z.coerce.number().int().min(0).max(65535).default(4010),
  SIMULATOR_SEED: z.coerce.number().int().default(42),
  ADZUNA_APP_ID: z.string().optional(),
  ADZUNA_APP_KEY: z.string().optional(),
  ADZUNA_BASE_URL: z.string().url().optional(),
  JSEARCH_API_KEY: z.string().optional(),
  JSEARCH_BASE_URL: z.string().url().optional(),
  HH_USER_AGENT: z.string().optional(),
  HH_BASE_URL: z.string().url().optional(),
  GREENHOUSE_BASE_URL: z.string().url().optional(),
  LEVER_BASE_URL: z.string().url().optional(),
  LAMODA_API_KEY: z.string().optional(),
  LAMODA_API_SECRET: z.string().optional(),
  LAMODA_API_BASE_URL: z.string().url().optional(),
  LAMODA_WEBHOOK_SECRET: z.string().optional(),
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(600),
  /** PostgreSQL cancels any statement of the app's connections running longer (0 = never). */
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().nonnegative().default(5000),
  /** API requests handled at once; more wait in a short queue, beyond it they get a 503. */
  API_MAX_CONCURRENT: z.coerce.number().int().positive().default(8),
  API_QUEUE_LIMIT: z.coerce.number().int().nonnegative().default(64),
  API_QUEUE_TIMEOUT_MS: z.coerce.number().int().positive().default(2000),
  /** Largest JSON body /api/v1 and the webhook read; bigger is a 413. */
  API_MAX_BODY_BYTES: z.coerce.number().int().positive().default(1_048_576),
  /** Largest resume upload (PDF, DOCX or text) POST /api/v1/resumes/parse takes; bigger is a 413. */
  RESUME_MAX_BYTES: z.coerce.number().int().positive().default(5_242_880),
  /** Notification e-mail goes through this SMTP server (smtp://user:pass@host:port or smtps://...); unset, e-mails are only recorded. */
  SMTP_URL: z.preprocess(
    blankIsUnset,
    z
      .string()
      .url("must be a URL like smtp://user:pass@host:587")
      .refine((v) => /^smtps?:\/\//.test(v), "must start with smtp:// or smtps://")
      .optional(),
  ),
  /** The From of notification e-mails. */
  MAIL_FROM: z.preprocess(blankIsUnset, z.string().min(3).default("Hireflow <no-reply@localhost>")),
  /** Per client address, for endpoints anyone can call (the Lamoda webhook). */
  ANONYMOUS_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(120),
  /** Behind a TLS-terminating proxy that sets X-Forwarded-For and X-Forwarded-Proto. */
  TRUST_PROXY: booleanFlag,
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().positive().default(10),
  LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().positive().default(50),
  LOGIN_FAILURE_WINDOW_MINUTES: z.coerce.number().int().positive().default(15),
  /** log2 of scrypt's N for new password hashes; OWASP's 17 unless a test lowers it. */
  /** An open application that has not moved for this many days is flagged stale with a suggested next step. */
  STALE_AFTER_DAYS: z.coerce.number().int().positive().max(3650).default(21),
  PASSWORD_SCRYPT_LOG_N: z.coerce.number().int().min(10).max(20).default(17),
  /** Match weights (normalised to sum 1) and minimum stored score; saved Settings win over these. */
  MATCH_SKILL_WEIGHT: matchWeight(0.4),
  MATCH_EXPERIENCE_WEIGHT: matchWeight(0.3),
  MATCH_SALARY_WEIGHT: matchWeight(0.2),
  MATCH_LOCATION_WEIGHT: matchWeight(0.1),
  /** Bearer token Prometheus sends to GET /metrics; unset means only admins may scrape. */
  METRICS_TOKEN: z.preprocess(blankIsUnset, z.string().min(16, "must be at least 16 characters").optional()),
  /** How long a page of the job catalogue may be served again while the catalogue is unchanged (0: never). */
  JOBS_PAGE_CACHE_MS: z.preprocess(blankIsUnset, z.coerce.number().int().nonnegative().max(60_000).default(10_000)),
  /** 1: sum each load phase's wall time in memory (lib/etl/profile.ts; bench:etl prints it). */
  ETL_PROFILE: booleanFlag,
  /** Queries slower than this many milliseconds are logged and counted. */
  SLOW_QUERY_MS: z.preprocess(blankIsUnset, z.coerce.number().int().nonnegative().default(500)),
  /** "json" writes one JSON object per log line (always so in production); "text" readable lines. */
  LOG_FORMAT: z.preprocess(blankIsUnset, z.enum(["json", "text"]).optional()),
  /** Least severe level written to the console (default info; warn under NODE_ENV=test). */
  LOG_LEVEL: z.preprocess(blankIsUnset, z.enum(["debug", "info", "warn", "error"]).optional()),
  /** strict: webhook URLs must be https and resolve to public addresses; open: http and private hosts allowed. Default strict in production. */
  WEBHOOK_URL_POLICY: z.preprocess(blankIsUnset, z.enum(["strict", "open"]).optional()),
  /** An outbound webhook attempt is abandoned (and retried later) after this long. */
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().positive().max(60_000).default(10_000),
  MATCH_MIN_SCORE: z.preprocess(blankIsUnset, z.coerce.number({ error: "must be a number from 0 to 1" }).min(0, "must be from 0 to 1").max(1, "must be from 0 to 1").default(0.7)),
  /** Pairs above the minimum stored per job (its best by score) and per candidate (best by ranking key); 0: no limit (lib/matching/keep.ts). */
  MATCH_KEEP_PER_JOB: z.preprocess(blankIsUnset, z.coerce.number({ error: "must be a whole number" }).int("must be a whole number").min(0, "must be 0 or more").default(50)),
  MATCH_KEEP_PER_CANDIDATE: z.preprocess(blankIsUnset, z.coerce.number({ error: "must be a whole number" }).int("must be a whole number").min(0, "must be 0 or more").default(25)),
}).refine((env) => env.MATCH_SKILL_WEIGHT + env.MATCH_EXPERIENCE_WEIGHT + env.MATCH_SALARY_WEIGHT + env.MATCH_LOCATION_WEIGHT > 0, {
  message: "MATCH_*_WEIGHT: at least one weight must be above 0",
  path: ["MATCH_SKILL_WEIGHT"],
});

export type AppConfig = z.infer<typeof envSchema> & {
  /** True when events go to a real Inngest (Dev Server, self-hosted or Cloud). */
  inngestExternal: boolean;
  authSecret: string;
  /** The source simulator serves the job boards' APIs locally (default outside production). */
  simulatorEnabled: boolean;
  /** Webhook URLs must be https and public (WEBHOOK_URL_POLICY, strict by default in production). */
  webhookStrictUrls: boolean;
};

let cached: AppConfig | undefined;

export function config(): AppConfig {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(`Invalid environment: ${z.prettifyError(parsed.error)}`);
  }
  const env = parsed.data;
  if (env.NODE_ENV === "production" && env.PASSWORD_SCRYPT_LOG_N < 17) {
    throw new Error("PASSWORD_SCRYPT_LOG_N below 17 is for tests only; production hashes passwords at OWASP's cost.");
  }
  const inngestExternal = Boolean(
    (env.INNGEST_DEV && env.INNGEST_DEV !== "0") || env.INNGEST_BASE_URL || env.INNGEST_EVENT_KEY || env.INNGEST_SIGNING_KEY,
  );
  let authSecret: string | undefined;
  cached = {
    ...env,
    inngestExternal,
    // Resolved on first use: it may read or write a file, and may refuse (production without one).
    get authSecret() {
      authSecret ??= resolveAuthSecret(env);
      return authSecret;
    },
    webhookStrictUrls: env.WEBHOOK_URL_POLICY ? env.WEBHOOK_URL_POLICY === "strict" : env.NODE_ENV === "production",
    simulatorEnabled: env.SIMULATOR_ENABLED ? env.SIMULATOR_ENABLED === "1" || env.SIMULATOR_ENABLED === "true" : env.NODE_ENV !== "production",
  };
  return cached;
}

/** Tests change the environment between cases; this forgets the parsed copy. */
export function resetConfigForTests() {
  cached = undefined;
}
