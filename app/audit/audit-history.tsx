import { formatDate } from "~/time/format";

export type AuditHistoryEvent = {
  id: string;
  label: string;
  actorEmail: string;
  reason: string | null;
  createdAt: Date | string;
};

/** What staff did to a record before, from the audit trail (historyOf). */
export function AuditHistory({ title, events }: { title: string; events: AuditHistoryEvent[] }) {
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
    </>
  );
}
