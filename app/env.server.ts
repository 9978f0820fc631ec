import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

// Read and check the environment once, at start-up, with clear errors.
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .startsWith("file:", {
      error: "DATABASE_URL must be a SQLite file URL, like file:./data/skillsbridge.db",
    })
    .default(`file:${path.join(process.cwd(), "data", "skillsbridge.db")}`),
  SESSION_SECRET: z
    .string()
    .min(16, { error: "SESSION_SECRET must be at least 16 characters" })
    .optional(),
  SMTP_URL: z
    .string()
    .url({ error: "SMTP_URL must be a URL, like smtp://user:pass@host:587" })
    .optional(),
  MAIL_FROM: z.string().default("SkillsBridge <no-reply@skillsbridge.test>"),
  PORT: z.coerce.number().int().positive().default(3000),
  /**
   * The address people use to reach the site, for links in emails. Never taken
   * from the request's Host header, which anyone can forge (docs/decisions/007).
   */
  APP_ORIGIN: z
    .string()
    .url({ error: "APP_ORIGIN must be the site's address, like https://skillsbridge.example.org" })
    .transform((url) => new URL(url).origin)
    .optional(),
  /**
   * "true": load the demo data into an empty database, and this is a demo even
   * at a real address; "false": never. Unset: only when not a real https site (decision 024).
   */
  SEED_DEMO: z.enum(["true", "false"], { error: "SEED_DEMO must be true or false" }).optional(),
  /**
   * The server's own nightly backup: the London time of day after which it takes
   * one ("02:30"), or "off". Unset: on at 02:30 for a real site, off for a demo.
   */
  BACKUP_TIME: z
    .string()
    .regex(/^(off|([01]\d|2[0-3]):[0-5]\d)$/, {
      error: 'BACKUP_TIME must be a time of day like 02:30, or "off"',
    })
    .optional(),
  BACKUP_DIR: z.string().min(1).default("backups"),
  BACKUP_KEEP: z.coerce
    .number()
    .int()
    .positive({ error: "BACKUP_KEEP must be a whole number of backups to keep" })
    .default(7),
  BACKUP_MAX_AGE_DAYS: z.coerce
    .number()
    .int()
    .positive({ error: "BACKUP_MAX_AGE_DAYS must be a whole number of days" })
    .optional(),
  /** Months after a vacancy closes that its applications and CVs are deleted (issue 12). */
  APPLICATION_RETENTION_MONTHS: z.coerce
    .number({ error: "APPLICATION_RETENTION_MONTHS must be a whole number of months" })
    .int()
    .min(1)
    .max(36)
    .default(6),
  /** Set by the end-to-end tests to avoid timing out jobs mid-test. */
  /** 0 runs no timed jobs in this process (a benchmark, or a second server that should only serve). */
  HOUSEKEEPING_INTERVAL_MS: z.coerce
    .number()
    .int()
    .min(0)
    .default(10 * 60 * 1000),
});

function readEnv() {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((i) => `  ${i.path.join(".")}: ${i.message}`)
      .join("\n");
    throw new Error(`The environment is not set up right:\n${problems}`);
  }
  return parsed.data;
}

export const env = readEnv();

/**
 * The secret that signs the flash cookie. Without SESSION_SECRET (a fresh clone
 * running `npm start`), make one and keep it beside the database, so restarts
 * keep working and nothing secret is ever committed.
 */
export function sessionSecret(): string {
  if (env.SESSION_SECRET) return env.SESSION_SECRET;
  const dbFile = env.DATABASE_URL.replace(/^file:/, "");
  const file = path.join(path.dirname(path.resolve(dbFile)), ".session-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    const secret = crypto.randomBytes(32).toString("hex");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}

export const isProduction = env.NODE_ENV === "production";

/** The site's own origin, for links in emails: APP_ORIGIN, or this machine's port on localhost. */
export function siteOrigin(): string {
  return env.APP_ORIGIN ?? `http://localhost:${env.PORT}`;
}
