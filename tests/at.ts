// Reading by index in tests (unit and e2e), with noUncheckedIndexedAccess on: a
// missing item fails with a message that says what was missing, instead of a `!`
// that turns into "Cannot read properties of undefined" somewhere later.

/** The item at `index` (negative counts from the end, as `Array.prototype.at`); throws when there is none. */
export function at<T>(items: readonly T[], index: number, what = "item"): T {
  const item = items.at(index);
  if (item === undefined) {
    throw new Error(`Expected ${what} at index ${index}, but there are only ${items.length}.`);
  }
  return item;
}
