import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { PrismaConfig } from "prisma";

// prisma.config.ts turns off .env loading, and with no url the CLI falls back to
// downloading a native engine (which fails offline), so default it here.
process.env.DATABASE_URL ??= `file:${path.join(process.cwd(), "data", "skillsbridge.db")}`;

export default {
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    return new PrismaBetterSQLite3({ url: process.env.DATABASE_URL! });
  },
} satisfies PrismaConfig;
