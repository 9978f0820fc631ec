import crypto from "node:crypto";
import { prisma } from "~/db.server";
import { TOKEN_LIFETIME_MS, type TokenPurpose } from "./token-lifetimes";

// Single-use tokens for emailed links. Only a SHA-256 hash is stored, so a copy
// of the database cannot be used to confirm, reset or join. How long each
// purpose lasts is in token-lifetimes.ts, which the emails and pages read too.

export function hashToken(token: string) {
  return crypto.createHash("sha256").update(token).digest("hex");
}

/** Pass `db` to write the token in the same transaction as the change that sends it. */
export async function createToken(
  input: {
    purpose: TokenPurpose;
    email: string;
    userId?: string;
    organisationId?: string;
    applicationId?: string;
    searchAlertId?: string;
    now?: Date;
  },
  db: Pick<typeof prisma, "token"> = prisma,
) {
  const token = crypto.randomBytes(32).toString("base64url");
  const now = input.now ?? new Date();
  await db.token.create({
    data: {
      purpose: input.purpose,
      tokenHash: hashToken(token),
      email: input.email,
      userId: input.userId,
      organisationId: input.organisationId,
      applicationId: input.applicationId,
      searchAlertId: input.searchAlertId,
      expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[input.purpose]),
    },
  });
  return token;
}

const tokenSelect = {
  id: true,
  email: true,
  userId: true,
  organisationId: true,
  applicationId: true,
  searchAlertId: true,
  expiresAt: true,
} as const;

/** A token that is still usable, without using it (to show the page it opens). */
export async function findUsableToken(purpose: TokenPurpose, token: string, now = new Date()) {
  if (!token || token.length > 200) return null;
  return prisma.token.findFirst({
    where: { tokenHash: hashToken(token), purpose, usedAt: null, expiresAt: { gt: now } },
    select: tokenSelect,
  });
}

/** Use a token once. The conditional update makes a second use fail, even at the same moment. */
export async function consumeToken(purpose: TokenPurpose, token: string, now = new Date()) {
  const found = await findUsableToken(purpose, token, now);
  if (!found) return null;
  const { count } = await prisma.token.updateMany({
    where: { id: found.id, usedAt: null },
    data: { usedAt: now },
  });
  return count === 1 ? found : null;
}
