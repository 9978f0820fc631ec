import { describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import { makeUser } from "../../tests/factories";
import { TOKEN_LIFETIME_MS } from "./token-lifetimes";
import { consumeToken, createToken, findUsableToken, hashToken } from "./tokens.server";

describe("single-use emailed tokens", () => {
  test("only the hash is stored", async () => {
    const user = await makeUser();
    const token = await createToken({
      purpose: "reset-password",
      email: user.email,
      userId: user.id,
    });
    expect(token.length).toBeGreaterThanOrEqual(43);
    expect(await prisma.token.count({ where: { tokenHash: token } })).toBe(0);
    expect(await prisma.token.count({ where: { tokenHash: hashToken(token) } })).toBe(1);
  });

  test("a token works once, even when used twice at the same moment", async () => {
    const user = await makeUser();
    const token = await createToken({
      purpose: "confirm-email",
      email: user.email,
      userId: user.id,
    });
    const results = await Promise.all([
      consumeToken("confirm-email", token),
      consumeToken("confirm-email", token),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await consumeToken("confirm-email", token)).toBeNull();
  });

  test("a reset link lasts 1 hour; an invitation 7 days", async () => {
    const user = await makeUser();
    const now = new Date("2026-06-01T12:00:00Z");
    const token = await createToken({
      purpose: "reset-password",
      email: user.email,
      userId: user.id,
      now,
    });
    expect(
      await findUsableToken("reset-password", token, new Date(now.getTime() + 59 * 60_000)),
    ).not.toBeNull();
    expect(
      await findUsableToken("reset-password", token, new Date(now.getTime() + 60 * 60_000)),
    ).toBeNull();
    expect(TOKEN_LIFETIME_MS.invite).toBe(7 * 24 * 60 * 60 * 1000);
  });

  test("a token is only good for its own purpose", async () => {
    const user = await makeUser();
    const token = await createToken({
      purpose: "invite",
      email: "new@x.test",
      organisationId: user.organisationId,
    });
    expect(await consumeToken("reset-password", token)).toBeNull();
    expect(await consumeToken("invite", token)).not.toBeNull();
  });
});
