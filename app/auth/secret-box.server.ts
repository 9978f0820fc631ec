import crypto from "node:crypto";
import { sessionSecret } from "~/env.server";

// Secrets the server must read back (TOTP secrets) are stored encrypted with
// AES-256-GCM, so a copy of the database or a backup does not give them away
// (decision 034). The key is derived from SESSION_SECRET with HKDF, so there is
// no second secret to keep; changing SESSION_SECRET means everyone sets up
// two-step sign-in again (docs/operations.md).

const VERSION = "v1";

function key(): Buffer {
  return Buffer.from(
    crypto.hkdfSync("sha256", sessionSecret(), "", "skillsbridge two-step secret", 32),
  );
}

export function sealSecret(plain: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", key(), iv);
  const sealed = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), sealed]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

/** The secret, or null when it was sealed with another key or changed since. */
export function openSecret(stored: string): string | null {
  const [version, iv, tag, sealed] = stored.split(".");
  if (version !== VERSION || !iv || !tag || !sealed) return null;
  try {
    const decipher = crypto.createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([
      decipher.update(Buffer.from(sealed, "base64url")),
      decipher.final(),
    ]).toString("utf8");
  } catch {
    return null;
  }
}
