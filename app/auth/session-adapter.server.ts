import type { Adapter, DatabaseSession, DatabaseUser } from "lucia";
import type { PrismaClient } from "~/generated/prisma/client";

// @lucia-auth/adapter-prisma refuses Prisma 6, so this is our own adapter over
// the Prisma client (docs/decisions/002-own-lucia-adapter.md).

export const sessionUserSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  organisationId: true,
  emailConfirmedAt: true,
  suspendedAt: true,
  organisation: { select: { name: true, kind: true, verificationStatus: true } },
} as const;

export type SessionUserRow = {
  id: string;
  email: string;
  name: string;
  role: string;
  organisationId: string;
  emailConfirmedAt: Date | null;
  suspendedAt: Date | null;
  organisation: { name: string; kind: string; verificationStatus: string };
};

function toDatabaseUser(user: SessionUserRow): DatabaseUser {
  const { id, ...attributes } = user;
  return { id, attributes };
}

function toDatabaseSession(row: { id: string; userId: string; expiresAt: Date }): DatabaseSession {
  return { id: row.id, userId: row.userId, expiresAt: row.expiresAt, attributes: {} };
}

export class PrismaSessionAdapter implements Adapter {
  constructor(private readonly db: PrismaClient) {}

  async getSessionAndUser(
    sessionId: string,
  ): Promise<[DatabaseSession | null, DatabaseUser | null]> {
    const row = await this.db.session.findUnique({
      where: { id: sessionId },
      select: { id: true, userId: true, expiresAt: true, user: { select: sessionUserSelect } },
    });
    if (!row) return [null, null];
    return [toDatabaseSession(row), toDatabaseUser(row.user)];
  }

  async getUserSessions(userId: string): Promise<DatabaseSession[]> {
    const rows = await this.db.session.findMany({
      where: { userId },
      select: { id: true, userId: true, expiresAt: true },
    });
    return rows.map(toDatabaseSession);
  }

  async setSession(session: DatabaseSession): Promise<void> {
    await this.db.session.create({
      data: { id: session.id, userId: session.userId, expiresAt: session.expiresAt },
    });
  }

  async updateSessionExpiration(sessionId: string, expiresAt: Date): Promise<void> {
    await this.db.session.updateMany({ where: { id: sessionId }, data: { expiresAt } });
  }

  async deleteSession(sessionId: string): Promise<void> {
    await this.db.session.deleteMany({ where: { id: sessionId } });
  }

  async deleteUserSessions(userId: string): Promise<void> {
    await this.db.session.deleteMany({ where: { userId } });
  }

  async deleteExpiredSessions(): Promise<void> {
    await this.db.session.deleteMany({ where: { expiresAt: { lte: new Date() } } });
  }
}
