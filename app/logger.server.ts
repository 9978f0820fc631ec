import { pino } from "pino";

/**
 * The one logger: structured JSON lines on standard output (docs/operations.md).
 * Never log a token, password, cookie or personal data; the paths below are
 * removed even if a caller passes them by mistake.
 */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { service: "skillsbridge" },
  redact: {
    paths: [
      "password",
      "token",
      "cookie",
      "email",
      "*.password",
      "*.token",
      "*.cookie",
      "*.email",
      "req.headers.cookie",
      "req.headers.authorization",
      'res.headers["set-cookie"]',
    ],
    remove: true,
  },
});
