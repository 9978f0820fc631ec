import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, test, vi } from "vitest";
import { outboxDir, sendEmail } from "./mailer.server";

describe("sendEmail without SMTP_URL", () => {
  afterEach(() => vi.restoreAllMocks());

  test("saves the message in the outbox beside the database, and logs only where it went", async () => {
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    const before = new Set(fs.existsSync(outboxDir()) ? fs.readdirSync(outboxDir()) : []);
    const token = "tok_secret_0123456789";
    await sendEmail({
      to: "ann@example.test",
      subject: "Reset your password",
      text: `Open https://x/reset?token=${token}`,
      html: "",
    });

    const added = fs.readdirSync(outboxDir()).filter((f) => !before.has(f));
    expect(added).toHaveLength(1);
    const saved = fs.readFileSync(path.join(outboxDir(), added[0]!), "utf8");
    expect(saved).toContain("To: ann@example.test");
    expect(saved).toContain(token);
    expect((fs.statSync(path.join(outboxDir(), added[0]!)).mode & 0o777).toString(8)).toBe("600");

    const logged = info.mock.calls.flat().join(" ");
    expect(logged).toContain("outbox");
    expect(logged).not.toContain(token);
    expect(logged).not.toContain("ann@example.test");
  });
});
