// Planned mentoring sessions (issue 18). One side proposes a time; the other
// accepts (both then get a calendar invite) or declines. Once accepted, either
// side can move it (the invite is updated at once: the two already agreed to
// meet, and the one who cannot make it is the one who moves it) or cancel it.
// A proposal can be changed or withdrawn by whoever made it. Nothing changes
// once the session has started.
//
//   proposed ──accept──▶ accepted ──cancel──▶ cancelled
//      │ ├──decline──▶ declined        └─reschedule─▶ accepted (SEQUENCE + 1)
//      │ └──cancel───▶ cancelled  (withdrawn by whoever proposed it)
//      └──reschedule──▶ proposed  (by whoever proposed it)

export const meetingStates = ["proposed", "accepted", "declined", "cancelled"] as const;
export type MeetingState = (typeof meetingStates)[number];

export const meetingStateNames: Record<MeetingState, string> = {
  proposed: "Waiting for an answer",
  accepted: "Agreed",
  declined: "Declined",
  cancelled: "Cancelled",
};

export type MeetingSide = "sme" | "mentor";
export type MeetingAction = "accept" | "decline" | "reschedule" | "cancel";

/** What this side can do with a planned session now. */
export function meetingActions(
  meeting: { state: MeetingState; proposedBySide: MeetingSide; startsAt: Date },
  side: MeetingSide,
  now: Date,
): MeetingAction[] {
  if (meeting.startsAt.getTime() <= now.getTime()) return [];
  const proposer = meeting.proposedBySide === side;
  switch (meeting.state) {
    case "proposed":
      return proposer ? ["reschedule", "cancel"] : ["accept", "decline"];
    case "accepted":
      return ["reschedule", "cancel"];
    case "declined":
    case "cancelled":
      return [];
  }
}

/** Shortest and longest planned session, in minutes. */
export const MEETING_MINUTES = { min: 15, max: 480 } as const;
