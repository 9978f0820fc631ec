// The one result type of every domain command (a write with its audit rows and
// notifications): done, refused with a reason the person can act on, or not
// found (a missing record and one the person may not touch look the same).
// Routes turn it into a response; commands never throw for these outcomes.

/** A command that judged a whole form and found several problems, each under its own field. */
export type Problems = { status: "invalid"; errors: Record<string, string> };

export type CommandResult<T = void> =
  | { status: "done"; value: T }
  | { status: "refused"; reason: string; field?: string }
  | { status: "not-found" };

export function done(): CommandResult<void>;
export function done<T>(value: T): CommandResult<T>;
export function done<T>(value?: T): CommandResult<T | undefined> {
  return { status: "done", value };
}

/** `field` names the form field the reason belongs to, when there is one. */
export function refused(
  reason: string,
  field?: string,
): { status: "refused"; reason: string; field?: string } {
  return field === undefined ? { status: "refused", reason } : { status: "refused", reason, field };
}

export function notFound(): { status: "not-found" } {
  return { status: "not-found" };
}
