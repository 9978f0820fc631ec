import fs from "node:fs";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "~/env.server";
import { observeEmail } from "~/metrics.server";

/** An iCalendar invite sent with a message, as its text/calendar part (RFC 6047). */
export type EmailCalendar = { method: "REQUEST" | "CANCEL"; content: string };

export type Email = {
  to: string;
  subject: string;
  text: string;
  html: string;
  calendar?: EmailCalendar;
  headers?: Record<string, string>;
};

let transport: Transporter | undefined;

/** Where messages go without SMTP_URL: beside the database, never in the log. */
export function outboxDir() {
  return path.join(path.dirname(path.resolve(env.DATABASE_URL.replace(/^file:/, ""))), "outbox");
}

/**
 * Send through SMTP_URL. Without it (development, or a local `npm start`), the
 * message is saved as a file in data/outbox/ so its link can be followed by
 * hand. It is never written to the log: emailed links carry single-use tokens.
 */
export async function sendEmail(email: Email) {
  if (!env.SMTP_URL) {
    const dir = outboxDir();
    await fs.promises.mkdir(dir, { recursive: true, mode: 0o700 });
    const file = path.join(
      dir,
      `${new Date().toISOString().replace(/[:.]/g, "-")}-${Math.random().toString(36).slice(2, 8)}.txt`,
    );
    await fs.promises.writeFile(
      file,
      [
        `To: ${email.to}`,
        `Subject: ${email.subject}`,
        ...Object.entries(email.headers ?? {}).map(([name, value]) => `${name}: ${value}`),
        "",
        email.text,
        ...(email.calendar
          ? [`--- invite.ics (${email.calendar.method}) ---`, email.calendar.content]
          : []),
        "",
      ].join("\n"),
      { mode: 0o600 },
    );
    observeEmail("sent");
    console.info(
      `[email] No SMTP_URL, so a message was saved in ${path.relative(process.cwd(), file)}`,
    );
    return;
  }
  transport ??= nodemailer.createTransport(env.SMTP_URL);
  try {
    await transport.sendMail({
      from: env.MAIL_FROM,
      to: email.to,
      subject: email.subject,
      text: email.text,
      html: email.html,
      ...(email.headers ? { headers: email.headers } : {}),
      // nodemailer puts it in the alternatives (calendars offer "add" from there) and as an attachment.
      ...(email.calendar
        ? {
            icalEvent: {
              method: email.calendar.method,
              filename: "invite.ics",
              content: email.calendar.content,
            },
          }
        : {}),
    });
  } catch (error) {
    observeEmail("failed");
    throw error;
  }
  observeEmail("sent");
}
