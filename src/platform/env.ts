import { z } from "zod";

/** Every setting Partnerwise reads, parsed once at boot. Documented in docs/settings.md. */
const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  PARTNERWISE_DATA_DIR: z.string().default("./data"),
  /** The built web app; unset = dist/web of the package. The e2e runner builds its own copy elsewhere. */
  PARTNERWISE_WEB_DIR: z
    .string()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  DATABASE_URL: z
    .string()
    .url()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PARTNERWISE_BASE_URL: z
    .string()
    .url()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PARTNERWISE_SECRET: z.string().min(16).optional(),
  PARTNERWISE_SEED_DEMO: z
    .enum(["true", "false", "1", "0"])
    .default("true")
    .transform((v) => v === "true" || v === "1"),
  PARTNERWISE_MAX_UPLOAD_MB: z.coerce.number().positive().max(1024).default(10),
  PARTNERWISE_MAX_WATCHLIST_MB: z.coerce.number().positive().max(4096).default(200),
  /** Time budget of one run of a long background job (a list import, a batch screening), in minutes. */
  PARTNERWISE_JOB_BUDGET_MINUTES: z.coerce
    .number()
    .positive()
    .max(24 * 60)
    .default(60),
  PARTNERWISE_LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  PARTNERWISE_SIGNIN_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  PARTNERWISE_API_KEY_RATE_LIMIT: z.coerce.number().int().min(1).default(600),
  PARTNERWISE_API_KEY_RATE_WINDOW: z.coerce.number().int().min(1).max(86_400).default(60),
  /** Requests one signed-in person (all their sessions) may make per window. */
  PARTNERWISE_SESSION_RATE_LIMIT: z.coerce.number().int().min(1).default(3000),
  PARTNERWISE_SESSION_RATE_WINDOW: z.coerce.number().int().min(1).max(86_400).default(60),
  PARTNERWISE_TRUST_PROXY: z
    .enum(["true", "false", "1", "0"])
    .default("false")
    .transform((v) => v === "true" || v === "1"),
  SMTP_URL: z.string().optional(),
  SMTP_FROM: z.string().default("Partnerwise <no-reply@partnerwise.local>"),
  PARTNERWISE_TASK_REMINDERS: z
    .enum(["true", "false", "1", "0"])
    .default("true")
    .transform((v) => v === "true" || v === "1"),
  PARTNERWISE_RENEWAL_REMINDERS: z
    .enum(["true", "false", "1", "0"])
    .default("true")
    .transform((v) => v === "true" || v === "1"),
});

export type Env = z.infer<typeof EnvSchema>;

/** Parses an environment (default: process.env) or throws a readable error listing every bad setting. */
export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid settings:\n${lines.join("\n")}\nSee docs/settings.md.`);
  }
  return result.data;
}

let cached: Env | undefined;
/** The process-wide settings, parsed on first use at boot. */
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}
