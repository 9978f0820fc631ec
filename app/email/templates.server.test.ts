import { describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import { makeUser } from "../../tests/factories";
import { describeLifetime, type TokenPurpose } from "~/auth/token-lifetimes";
import { createToken, hashToken } from "~/auth/tokens.server";
import {
  changeEmailMessage,
  confirmEmailMessage,
  inviteMessage,
  resetPasswordMessage,
} from "./templates.server";

const link = "https://skillsbridge.test/link";
const messages: [TokenPurpose, string, () => { text: string; html: string }][] = [
  ["confirm-email", "7 days", () => confirmEmailMessage("a@x.test", link)],
  ["reset-password", "1 hour", () => resetPasswordMessage("a@x.test", link)],
  ["invite", "7 days", () => inviteMessage("a@x.test", link, "Asha", "Brindley Print Works")],
  ["change-email", "24 hours", () => changeEmailMessage("a@x.test", link)],
];

/** "lasts 7 days" in an email, back as milliseconds. */
function statedLifetimeMs(text: string): number {
  const match = /lasts (\d+) (day|hour|minute)s?\b/.exec(text);
  if (!match) throw new Error(`no lifetime in: ${text}`);
  const unit = { day: 86_400_000, hour: 3_600_000, minute: 60_000 }[
    match[2] as "day" | "hour" | "minute"
  ];
  return Number(match[1]) * unit;
}

describe("emails say how long their link really works", () => {
  test.each(messages)(
    "the %s email says %s, in its text and its HTML",
    (purpose, words, message) => {
      const email = message();
      expect(describeLifetime(purpose)).toBe(words);
      expect(email.text).toContain(`The link works once and lasts ${words}.`);
      expect(email.html).toContain(`The link works once and lasts ${words}.`);
    },
  );

  test.each(messages)(
    "a %s token expires exactly when its email says",
    async (purpose, _words, message) => {
      const user = await makeUser();
      const now = new Date("2026-10-24T12:00:00Z"); // the clocks go back overnight: lifetimes are real hours
      const token = await createToken({ purpose, email: user.email, userId: user.id, now });
      const row = await prisma.token.findFirstOrThrow({
        where: { tokenHash: hashToken(token) },
        select: { expiresAt: true },
      });
      expect(row.expiresAt.getTime() - now.getTime()).toBe(statedLifetimeMs(message().text));
    },
  );
});
