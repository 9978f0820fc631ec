// SQLite connection settings, in one place for the app, the scripts and the
// crash test (docs/decisions/005-sqlite-durability.md).
export const SQLITE_BUSY_TIMEOUT_MS = 5000;
/** 1 GiB: the region at ten times its size is about 1.2 GB, most of it rows insight never reads. */
export const SQLITE_MMAP_BYTES = 1024 * 1024 * 1024;

/** Settings of every connection, the insight worker's read-only one too. */
export const sqliteConnectionPragmas = [
  "foreign_keys = ON",
  `busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`,
  // Reads map the file rather than copying each page into SQLite's own 2 MB cache:
  // the insight aggregates spent a fifth of their CPU on those copies (issue 16).
  // Writes still go through the WAL as before. The mapped pages are the OS's file
  // cache, shared by every connection and process, though they show in each RSS.
  `mmap_size = ${SQLITE_MMAP_BYTES}`,
] as const;

export const sqlitePragmas = [
  // Readers never block the writer, and a crash mid-write leaves the last commit intact.
  "journal_mode = WAL",
  // FULL: every commit is fsync'd to the WAL, so a power cut loses nothing committed.
  "synchronous = FULL",
  ...sqliteConnectionPragmas,
] as const;
