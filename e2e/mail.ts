import fs from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";

export type CapturedEmail = {
  to: string[];
  subject: string;
  text: string;
  /** Empty when the message had no such part or header. */
  html: string;
  calendar: string;
  listUnsubscribe: string;
};

function readAll(): CapturedEmail[] {
  const dir = process.env.E2E_MAIL_DIR!;
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .sort()
    .map((file) => JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as CapturedEmail);
}

/** Wait for a message to `to` (whose subject contains `subject`) to reach the SMTP capture. */
export async function waitForEmail(to: string, subject?: string | RegExp): Promise<CapturedEmail> {
  let found: CapturedEmail | undefined;
  await expect
    .poll(
      () => {
        found = readAll()
          .reverse()
          .find(
            (mail) =>
              mail.to.includes(to.toLowerCase()) &&
              (!subject ||
                (typeof subject === "string"
                  ? mail.subject.includes(subject)
                  : subject.test(mail.subject))),
          );
        return Boolean(found);
      },
      { message: `an email to ${to}`, timeout: 15_000 },
    )
    .toBe(true);
  return found!;
}

export function emailsTo(to: string) {
  return readAll().filter((mail) => mail.to.includes(to.toLowerCase()));
}

/** The first link in a message that goes to our own site. */
export function linkIn(mail: CapturedEmail, pathPrefix: string) {
  const match = mail.text.match(
    new RegExp(`https?://[^\\s]+${pathPrefix.replace(/[/?]/g, "\\$&")}[^\\s]*`),
  );
  if (!match) throw new Error(`No ${pathPrefix} link in: ${mail.text}`);
  const url = new URL(match[0]);
  return url.pathname + url.search;
}
