// SQLite connection settings, in one place for the app, the scripts and the
// crash test (docs/decisions/005-sqlite-durability.md).
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

/** Settings of every connection, the insight worker's read-only one too. */
export const sqliteConnectionPragmas = [
  "foreign_keys = ON",
  `busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`,
] as const;

export const sqlitePragmas = [
  // Readers never block the writer, and a crash mid-write leaves the last commit intact.
  "journal_mode = WAL",
  // FULL: every commit is fsync'd to the WAL, so a power cut loses nothing committed.
  "synchronous = FULL",
  ...sqliteConnectionPragmas,
] as const;
