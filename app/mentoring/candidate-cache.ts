// One value kept in memory while the data behind it is unchanged: the caller
// passes the data's current version (a counter the database bumps on every
// change that matters, decision 008) and the time, and gets the kept value
// only when it was built at that same version, not before that time, and has
// not expired. Otherwise the value is built again.

export type CacheOptions<T> = {
  /** The longest a value is kept, whatever the version says. */
  ttlMs: number;
  /** When a built value stops being right on its own (say, an offer in it ends). */
  expiresAt?: (value: T) => number;
};

type Entry<T> = { version: number; builtAt: number; expiresAt: number; value: Promise<T> };

export function versionedCache<T>(build: (now: Date) => Promise<T>, options: CacheOptions<T>) {
  let entry: Entry<T> | undefined;

  function fresh(version: number | null, now: number) {
    return (
      entry !== undefined &&
      version !== null &&
      entry.version === version &&
      // A value built at a later time may already leave out things still current then.
      entry.builtAt <= now &&
      now < entry.expiresAt
    );
  }

  return {
    /** `version` null means the version is unknown: never keep, always build. */
    get(version: number | null, now: Date): Promise<T> {
      const at = now.getTime();
      if (fresh(version, at)) return entry!.value;
      const value = build(now);
      if (version === null || (entry && entry.builtAt > at)) return value;
      const made: Entry<T> = { version, builtAt: at, expiresAt: at + options.ttlMs, value };
      entry = made;
      value.then(
        (built) => {
          if (options.expiresAt)
            made.expiresAt = Math.min(made.expiresAt, options.expiresAt(built));
        },
        // A failed build is not kept.
        () => {
          if (entry === made) entry = undefined;
        },
      );
      return value;
    },
    clear() {
      entry = undefined;
    },
  };
}
