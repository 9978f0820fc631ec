import nodemailer, { type Transporter } from "nodemailer";
import { env } from "~/env.server";

export type Email = { to: string; subject: string; text: string; html: string };

let transport: Transporter | undefined;

/**
 * Send through SMTP_URL. Without it (development, or a local `npm start`), the
 * message is written to the server log so links can be followed by hand.
 */
export async function sendEmail(email: Email) {
  if (!env.SMTP_URL) {
    console.info(`[email] To: ${email.to}\nSubject: ${email.subject}\n\n${email.text}\n`);
    return;
  }
  transport ??= nodemailer.createTransport(env.SMTP_URL);
  await transport.sendMail({ from: env.MAIL_FROM, to: email.to, subject: email.subject, text: email.text, html: email.html });
}
