import { createHash } from "node:crypto";
import type { Adapter, DatabaseSession, DatabaseUser } from "lucia";
import type { PrismaClient } from "~/generated/prisma/client";
import type { VerificationStatus } from "~/organisations/verification";
import type { Role } from "./roles";

// @lucia-auth/adapter-prisma refuses Prisma 6, so this is our own adapter over
// the Prisma client (docs/decisions/002-own-lucia-adapter.md).

export type SessionUserRow = {
  id: string;
  email: string;
  name: string;
  role: Role;
  organisationId: string;
  emailConfirmedAt: Date | null;
  suspendedAt: Date | null;
  /** Two-step sign-in is set up and confirmed (decision 034). */
  twoStepOn: boolean;
  organisation: { name: string; kind: Role; verificationStatus: VerificationStatus };
};

type SessionRow = {
  id: string;
  userId: string;
  expiresAt: Date;
  createdAt: Date;
  lastSeenAt: Date;
} & Omit<SessionUserRow, "id" | "organisation" | "twoStepOn"> & {
    twoStepOn: number | bigint;
    organisationName: string;
    organisationKind: Role;
    organisationVerificationStatus: VerificationStatus;
  };

/**
 * The row id is the SHA-256 of the cookie's token: a copy of the database or a
 * backup holds no token that could be replayed (decision 022). Tokens are 200
 * random bits, so a fast hash is enough; no salt or slow hash is needed.
 */
export function sessionRowId(token: string) {
  return createHash("sha256").update(token).digest("hex");
}

function toDatabaseUser(user: SessionUserRow): DatabaseUser {
  const { id, ...attributes } = user;
  return { id, attributes };
}

function toDatabaseSession(
  token: string,
  row: { userId: string; expiresAt: Date; createdAt: Date; lastSeenAt: Date },
): DatabaseSession {
  return {
    id: token,
    userId: row.userId,
    expiresAt: row.expiresAt,
    attributes: { createdAt: row.createdAt, lastSeenAt: row.lastSeenAt },
  };
}

export class PrismaSessionAdapter implements Adapter {
  constructor(private readonly db: PrismaClient) {}

  /**
   * Runs on every signed-in request, so it is one SQL query joining the
   * session, its user and their organisation: a Prisma read with nested
   * selects is three queries, each about half a millisecond of engine time
   * (docs/performance.md). Raw rows carry the columns' own types (dates).
   */
  async getSessionAndUser(
    sessionId: string,
  ): Promise<[DatabaseSession | null, DatabaseUser | null]> {
    const [row] = await this.db.$queryRaw<SessionRow[]>`
      SELECT s."id", s."userId", s."expiresAt", s."createdAt", s."lastSeenAt", u."email", u."name", u."role", u."organisationId",
        u."emailConfirmedAt", u."suspendedAt", o."name" AS "organisationName",
        o."kind" AS "organisationKind", o."verificationStatus" AS "organisationVerificationStatus",
        EXISTS (SELECT 1 FROM "TwoStep" t WHERE t."userId" = u."id" AND t."confirmedAt" IS NOT NULL) AS "twoStepOn"
      FROM "Session" s
      JOIN "User" u ON u."id" = s."userId"
      JOIN "Organisation" o ON o."id" = u."organisationId"
      WHERE s."id" = ${sessionRowId(sessionId)}`;
    if (!row) return [null, null];
    return [
      toDatabaseSession(sessionId, row),
      toDatabaseUser({
        id: row.userId,
        email: row.email,
        name: row.name,
        role: row.role,
        organisationId: row.organisationId,
        emailConfirmedAt: row.emailConfirmedAt,
        suspendedAt: row.suspendedAt,
        twoStepOn: Number(row.twoStepOn) === 1,
        organisation: {
          name: row.organisationName,
          kind: row.organisationKind,
          verificationStatus: row.organisationVerificationStatus,
        },
      }),
    ];
  }

  /** The ids here are the rows' hashes: the tokens themselves are nowhere to be read. */
  async getUserSessions(userId: string): Promise<DatabaseSession[]> {
    const rows = await this.db.session.findMany({
      where: { userId },
      select: { id: true, userId: true, expiresAt: true, createdAt: true, lastSeenAt: true },
    });
    return rows.map((row) => toDatabaseSession(row.id, row));
  }

  async setSession(session: DatabaseSession): Promise<void> {
    await this.db.session.create({
      data: {
        id: sessionRowId(session.id),
        userId: session.userId,
        expiresAt: session.expiresAt,
        device: session.attributes.device ?? "",
      },
    });
  }

  async updateSessionExpiration(sessionId: string, expiresAt: Date): Promise<void> {
    await this.db.session.updateMany({
      where: { id: sessionRowId(sessionId) },
      data: { expiresAt },
    });
  }

  async deleteSession(sessionId: string): Promise<void> {
    await this.db.session.deleteMany({ where: { id: sessionRowId(sessionId) } });
  }

  async deleteUserSessions(userId: string): Promise<void> {
    await this.db.session.deleteMany({ where: { userId } });
  }

  async deleteExpiredSessions(): Promise<void> {
    await this.db.session.deleteMany({ where: { expiresAt: { lte: new Date() } } });
  }
}
