// The staff actions written to the audit trail, with the words staff read.
// Stored in AuditEvent.action: add, never rename.
export const auditActionLabels: Record<string, string> = {
  "organisation.verify": "Checked an organisation",
  "organisation.decline": "Did not accept an organisation",
  "user.suspend": "Suspended a user",
  "user.restore": "Restored a user",
  "staff.invite": "Invited a member of staff",
  "staff.create": "Made a staff account at the command line",
  "insights.export": "Downloaded insight data",
  "audit.export": "Downloaded the audit trail",
  "posting.approve": "Approved a posting",
  "posting.request-changes": "Asked for changes to a posting",
  "posting.close": "Closed a posting",
  "staff.join": "Joined the staff",
  "staff.remove": "Removed a member of staff",
  "staff.sign-in": "Signed in as staff",
  "member.invite": "Invited a colleague",
  "member.join": "Joined an organisation",
  "member.remove": "Removed a colleague",
  "account.delete": "Deleted their own account",
  "organisation.ask-again": "Asked to be checked again",
  "organisation.revoke": "Took back an organisation's check",
  "posting.take-down": "Took down a live posting",
  "offer.take-down": "Took down an offer",
  "member.make-admin": "Made someone an organisation admin",
  "member.unmake-admin": "Stopped someone being an organisation admin",
  "join-request.approve": "Said yes to someone asking to join an organisation",
  "join-request.refuse": "Said no to someone asking to join an organisation",
  "organisation.details-change": "Changed an organisation's details",
  "two-step.turn-on": "Turned on two-step sign-in",
  "two-step.turn-off": "Turned off two-step sign-in",
  "concern.note": "Added a note to a placement concern",
  "concern.close": "Closed a placement concern",
  "application-report.close": "Closed a report on an application",
};

export type AuditAction =
  | "organisation.verify"
  | "organisation.decline"
  | "user.suspend"
  | "user.restore"
  | "staff.invite"
  | "staff.create"
  | "insights.export"
  | "audit.export"
  | "posting.approve"
  | "posting.request-changes"
  | "staff.join"
  | "staff.remove"
  | "staff.sign-in"
  | "member.invite"
  | "member.join"
  | "member.remove"
  | "account.delete"
  | "organisation.ask-again"
  | "organisation.revoke"
  | "posting.take-down"
  | "offer.take-down"
  | "member.make-admin"
  | "member.unmake-admin"
  | "join-request.approve"
  | "join-request.refuse"
  | "organisation.details-change"
  | "two-step.turn-on"
  | "two-step.turn-off"
  | "concern.note"
  | "concern.close"
  | "application-report.close";

/** A label for any stored action, including ones other features add later. */
export function auditActionLabel(action: string) {
  return auditActionLabels[action] ?? action;
}
