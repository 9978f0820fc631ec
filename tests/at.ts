// Reading by index or key in tests (and the seed), with noUncheckedIndexedAccess
// on: a missing item fails with a message that says what was missing, instead of
// a `!` that turns into "Cannot read properties of undefined" somewhere later.

/** The item at `index` (negative counts from the end, as `Array.prototype.at`); throws when there is none. */
export function at<T>(items: readonly T[], index: number, what = "item"): T {
  const item = items.at(index);
  if (item === undefined) {
    throw new Error(`Expected ${what} at index ${index}, but there are only ${items.length}.`);
  }
  return item;
}

/** The value, when it is there; throws naming `what` when it is undefined (a `find`, a map or record lookup). */
export function present<T>(value: T | undefined, what = "value"): T {
  if (value === undefined) throw new Error(`Expected ${what}, but it is missing.`);
  return value;
}
