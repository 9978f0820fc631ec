import path from "node:path";

/** The database file from DATABASE_URL (default data/skillsbridge.db). */
export function databaseFile(url = process.env.DATABASE_URL) {
  return path.resolve(
    (url ?? `file:${path.join("data", "skillsbridge.db")}`).replace(/^file:/, ""),
  );
}
