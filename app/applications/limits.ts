// Limits on starting applications, against floods of emails to strangers'
// addresses: a few links an hour to one email address, more to one network
// address (a school or library shares one). Kept in memory for the one server
// process (docs/decisions/017); a restart forgets them, which only ever lets
// more through.

export const APPLY_LIMITS = {
  windowMs: 60 * 60 * 1000,
  perEmail: 3,
  perAddress: 20,
} as const;

export const APPLY_LIMIT_MESSAGE =
  "We have sent a lot of links from here in the last hour. Wait an hour and try again, or check your email for a link we sent before.";

/** A sliding-window counter: `hit` records one try and says whether it is within `max`. */
export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>();
  constructor(
    private readonly windowMs: number,
    private readonly max: number,
  ) {}

  /** Whether one more try fits; a refused try is not counted. */
  allows(key: string, now: Date): boolean {
    return this.recent(key, now).length < this.max;
  }

  hit(key: string, now: Date): void {
    const recent = this.recent(key, now);
    recent.push(now.getTime());
    this.hits.set(key, recent);
  }

  private recent(key: string, now: Date): number[] {
    const since = now.getTime() - this.windowMs;
    const recent = (this.hits.get(key) ?? []).filter((t) => t > since);
    if (recent.length === 0) this.hits.delete(key);
    return recent;
  }

  /** Forget windows that have passed (the map would otherwise keep every key seen). */
  sweep(now: Date): void {
    for (const key of [...this.hits.keys()]) this.recent(key, now);
  }
}

/** Both limits for one try: from `address` to `email`. */
export class ApplyLimiter {
  readonly byEmail = new SlidingWindowLimiter(APPLY_LIMITS.windowMs, APPLY_LIMITS.perEmail);
  readonly byAddress = new SlidingWindowLimiter(APPLY_LIMITS.windowMs, APPLY_LIMITS.perAddress);

  /** Counts the try when both limits allow it; returns whether they did. */
  take(email: string, address: string, now: Date): boolean {
    const emailKey = email.toLowerCase();
    if (!this.byEmail.allows(emailKey, now) || !this.byAddress.allows(address, now)) return false;
    this.byEmail.hit(emailKey, now);
    this.byAddress.hit(address, now);
    return true;
  }
}
