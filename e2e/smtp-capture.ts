import fs from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";

/**
 * A real SMTP server on loopback. Each message it receives is written as JSON
 * to `dir`, where tests read it (e2e/mail.ts). No TLS or auth: loopback only.
 */
export function startSmtpCapture(port: number, dir: string) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
        const file = path.join(dir, `${Date.now()}-${String(++count).padStart(4, "0")}.json`);
        fs.writeFileSync(
          file,
          JSON.stringify({
            to,
            subject: headerOf(raw, "Subject"),
            text: partOf(raw, "text/plain"),
            html: partOf(raw, "text/html"),
            calendar: partOf(raw, "text/calendar"),
            listUnsubscribe: headerOf(raw, "List-Unsubscribe"),
          }),
        );
        callback();
      });
    },
  });
  return new Promise<SMTPServer>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}

// Just enough MIME to read what nodemailer sends: folded headers, encoded
// words, nested multipart bodies (an invite makes mixed > alternative) with
// quoted-printable or base64 parts.
function headerOf(raw: string, name: string) {
  const head = raw.split(/\r?\n\r?\n/)[0] ?? "";
  const unfolded = head.replace(/\r?\n[ \t]+/g, " ");
  const line = unfolded
    .split(/\r?\n/)
    .find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line ? decodeWords(line.slice(name.length + 1).trim()) : "";
}

function decodeWords(value: string) {
  return value.replace(/=\?utf-8\?([qb])\?([^?]*)\?=\s*/gi, (_, enc: string, text: string) =>
    enc.toLowerCase() === "b"
      ? Buffer.from(text, "base64").toString("utf8")
      : decodeQuotedPrintable(text.replace(/_/g, " ")),
  );
}

function decodeQuotedPrintable(text: string) {
  const bytes = text
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

/** Every leaf part of a message, through nested multiparts (mixed > alternative > text, html, calendar). */
function leafParts(entity: string): { head: string; body: string }[] {
  const [head = "", ...rest] = entity.split(/\r?\n\r?\n/);
  const body = rest.join("\n\n");
  const contentType = /^content-type:\s*([^\r\n]*(?:\r?\n[ \t][^\r\n]*)*)/im.exec(head)?.[1] ?? "";
  const boundary = /multipart\/[^;]+;[\s\S]*?boundary="?([^";\r\n]+)"?/i.exec(contentType)?.[1];
  if (!boundary) return [{ head, body }];
  return body
    .split(`--${boundary}`)
    .slice(1)
    .filter((part) => !part.startsWith("--"))
    .flatMap((part) => leafParts(part.replace(/^\r?\n/, "")));
}

/** The decoded body of the first part of this type; the text part, or the whole body, when there is no such part. */
function partOf(raw: string, type: "text/plain" | "text/html" | "text/calendar"): string {
  const parts = leafParts(raw);
  const part = parts.find((p) => new RegExp(`content-type:\\s*${type}`, "i").test(p.head));
  if (!part) return type === "text/plain" ? (parts[0]?.body ?? "") : "";
  if (/content-transfer-encoding:\s*base64/i.test(part.head))
    return Buffer.from(part.body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (/content-transfer-encoding:\s*quoted-printable/i.test(part.head))
    return decodeQuotedPrintable(part.body);
  return part.body;
}
