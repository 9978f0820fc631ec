import { describe, expect, test } from "vitest";
import { meetingActions, type MeetingState } from "./meeting-state";

const now = new Date("2027-03-01T10:00:00Z");
const later = new Date("2027-03-05T10:00:00Z");
const meeting = (state: MeetingState, startsAt = later) => ({
  state,
  proposedBySide: "sme" as const,
  startsAt,
});

describe("what each side can do with a planned session", () => {
  test("the other side answers a proposal; the proposer can change or withdraw it", () => {
    expect(meetingActions(meeting("proposed"), "mentor", now)).toEqual(["accept", "decline"]);
    expect(meetingActions(meeting("proposed"), "sme", now)).toEqual(["reschedule", "cancel"]);
  });

  test("either side can move or cancel an agreed session", () => {
    expect(meetingActions(meeting("accepted"), "mentor", now)).toEqual(["reschedule", "cancel"]);
    expect(meetingActions(meeting("accepted"), "sme", now)).toEqual(["reschedule", "cancel"]);
  });

  test("declined and cancelled sessions are final", () => {
    expect(meetingActions(meeting("declined"), "sme", now)).toEqual([]);
    expect(meetingActions(meeting("cancelled"), "mentor", now)).toEqual([]);
  });

  test("nothing changes once the session has started", () => {
    expect(meetingActions(meeting("accepted", now), "sme", now)).toEqual([]);
    expect(meetingActions(meeting("proposed", now), "mentor", now)).toEqual([]);
  });
});
