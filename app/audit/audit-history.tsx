import { Link } from "@remix-run/react";
import { formatDate } from "~/time/format";

export type AuditHistoryEvent = {
  id: string;
  label: string;
  actorEmail: string;
  reason: string | null;
  createdAt: Date | string;
};

/** What staff did to a record before, from the audit trail (historyOf). */
export function AuditHistory({
  title,
  events,
  recordId,
}: {
  title: string;
  events: AuditHistoryEvent[];
  /** When given, a link to every action on this record in the audit trail. */
  recordId?: string;
}) {
  if (!events.length) return null;
  return (
    <>
      <h2 className="heading-m">{title}</h2>
      <ul className="list">
        {events.map((event) => (
          <li key={event.id}>
            {formatDate(event.createdAt)}: {event.label} by {event.actorEmail}
            {event.reason ? `. Reason: ${event.reason}` : ""}
          </li>
        ))}
      </ul>
      {recordId ? (
        <p className="body">
          <Link to={`/staff/audit?record=${encodeURIComponent(recordId)}`}>
            Every action on this record in the audit trail
          </Link>
        </p>
      ) : null}
    </>
  );
}
