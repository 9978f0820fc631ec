import fs from "node:fs";
import path from "node:path";
import { outboxDir } from "~/email/mailer.server";

/** Messages saved to the outbox (unit tests run without SMTP_URL) for one address. */
export function outboxFor(to: string): { subject: string; text: string }[] {
  const dir = outboxDir();
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map((file) => fs.readFileSync(path.join(dir, file), "utf8"))
    .filter((text) => text.startsWith(`To: ${to}\n`))
    .map((text) => ({ subject: /^Subject: (.*)$/m.exec(text)?.[1] ?? "", text }));
}
