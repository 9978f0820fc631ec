// Values kept in memory while the data behind them is unchanged: the one cache
// helper (decision 011 lists each cache, what invalidates it and why it is safe).
// The caller passes a key, how to build its value, the data's current version (a counter the database
// bumps on every change that matters, decision 008, or any other mark that
// moves when the data does; a constant for a cache kept by time alone) and the
// time. It gets the kept value only when that was built at the same version,
// not after that time, and has not expired; otherwise the value is built again.

export type Version = number | string;

export type CacheOptions<T> = {
  /** The longest a value is kept, whatever the version says. */
  ttlMs: number;
  /** When a built value stops being right on its own (say, an offer in it ends). */
  expiresAt?: (value: T) => number;
  /** The most keys kept; the oldest built goes first. One unless said. */
  maxEntries?: number;
};

type Entry<T> = { version: Version; builtAt: number; expiresAt: number; value: Promise<T> };

export function memoryCache<T>(options: CacheOptions<T>) {
  const entries = new Map<string, Entry<T>>();
  const maxEntries = options.maxEntries ?? 1;

  function fresh(entry: Entry<T>, version: Version | null, now: number): boolean {
    return (
      version !== null &&
      entry.version === version &&
      // A value built at a later time may already leave out things still current then.
      entry.builtAt <= now &&
      now < entry.expiresAt
    );
  }

  return {
    /** `version` null means the version is unknown: never keep, always build. */
    get(
      key: string,
      version: Version | null,
      now: Date,
      build: (now: Date) => Promise<T>,
    ): Promise<T> {
      const at = now.getTime();
      const kept = entries.get(key);
      if (kept && fresh(kept, version, at)) return kept.value;
      const value = build(now);
      if (version === null || (kept && kept.builtAt > at)) return value;
      const made: Entry<T> = { version, builtAt: at, expiresAt: at + options.ttlMs, value };
      entries.delete(key);
      entries.set(key, made);
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      value.then(
        (built) => {
          if (options.expiresAt)
            made.expiresAt = Math.min(made.expiresAt, options.expiresAt(built));
        },
        // A failed build is not kept.
        () => {
          if (entries.get(key) === made) entries.delete(key);
        },
      );
      return value;
    },
  };
}
