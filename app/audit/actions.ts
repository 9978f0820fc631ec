// The staff actions written to the audit trail, with the words staff read.
// Stored in AuditEvent.action: add, never rename.
export const auditActionLabels: Record<string, string> = {
  "organisation.verify": "Checked an organisation",
  "organisation.decline": "Did not accept an organisation",
  "user.suspend": "Suspended a user",
  "user.restore": "Restored a user",
  "staff.invite": "Invited a member of staff",
  "insights.export": "Downloaded insight data",
  "posting.approve": "Approved a posting",
  "posting.request-changes": "Asked for changes to a posting",
  "posting.close": "Closed a posting",
  "organisation.ask-again": "Asked to be checked again",
  "organisation.revoke": "Took back an organisation's check",
  "posting.take-down": "Took down a live posting",
  "offer.take-down": "Took down an offer",
  "member.make-admin": "Made someone an organisation admin",
  "member.unmake-admin": "Stopped someone being an organisation admin",
  "member.remove": "Removed someone from an organisation",
};

export type AuditAction =
  | "organisation.verify"
  | "organisation.decline"
  | "user.suspend"
  | "user.restore"
  | "staff.invite"
  | "insights.export"
  | "posting.approve"
  | "posting.request-changes"
  | "organisation.ask-again"
  | "organisation.revoke"
  | "posting.take-down"
  | "offer.take-down"
  | "member.make-admin"
  | "member.unmake-admin"
  | "member.remove";

/** A label for any stored action, including ones other features add later. */
export function auditActionLabel(action: string) {
  return auditActionLabels[action] ?? action;
}
