import { describe, expect, test } from "vitest";
import { ukDateTimeToDate } from "~/time/uk-time";
import { calendarInvite, inviteUid, type CalendarEvent } from "./invites.server";

/** The unfolded value of one property line ("DTSTART", "SEQUENCE", ...). */
function property(ics: string, name: string): string | undefined {
  const unfolded = ics.replace(/\r\n[ \t]/g, "");
  return unfolded
    .split("\r\n")
    .find((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`))
    ?.replace(/^[^:]*:/, "");
}

function event(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    uid: inviteUid("offer-booking", "b1"),
    sequence: 0,
    title: "Data clinic",
    description: "Bring your spreadsheets.",
    start: ukDateTimeToDate("2027-03-27T10:00")!,
    end: ukDateTimeToDate("2027-03-27T12:00")!,
    attendee: { email: "ann@example.test", name: "Ann" },
    ...overrides,
  };
}

describe("calendar invites", () => {
  test("10am UK time is 10:00 UTC the day before the clocks go forward and 09:00 UTC the day after", () => {
    // The clocks go forward at 1am on Sunday 28 March 2027.
    const before = calendarInvite(event(), "REQUEST");
    expect(property(before, "DTSTART")).toBe("20270327T100000Z");
    expect(property(before, "DTEND")).toBe("20270327T120000Z");
    const after = calendarInvite(
      event({
        start: ukDateTimeToDate("2027-03-29T10:00")!,
        end: ukDateTimeToDate("2027-03-29T12:00")!,
      }),
      "REQUEST",
    );
    expect(property(after, "DTSTART")).toBe("20270329T090000Z");
    expect(property(after, "DTEND")).toBe("20270329T110000Z");
  });

  test("an evening across the clocks going back keeps its real length", () => {
    // The clocks go back at 2am on Sunday 31 October 2027: 11pm to 3am is 5 hours.
    const ics = calendarInvite(
      event({
        start: ukDateTimeToDate("2027-10-30T23:00")!,
        end: ukDateTimeToDate("2027-10-31T03:00")!,
      }),
      "REQUEST",
    );
    expect(property(ics, "DTSTART")).toBe("20271030T220000Z");
    expect(property(ics, "DTEND")).toBe("20271031T030000Z");
  });

  test("a request carries its uid, sequence and method, and is confirmed", () => {
    const ics = calendarInvite(event({ sequence: 3 }), "REQUEST");
    expect(property(ics, "METHOD")).toBe("REQUEST");
    expect(property(ics, "UID")).toBe("offer-booking-b1@skillsbridge.invalid");
    expect(property(ics, "SEQUENCE")).toBe("3");
    expect(property(ics, "STATUS")).toBe("CONFIRMED");
    expect(property(ics, "SUMMARY")).toBe("Data clinic");
    expect(property(ics, "ATTENDEE")).toContain("mailto:ann@example.test");
    expect(property(ics, "ORGANIZER")).toMatch(/^MAILTO:/i);
  });

  test("a cancellation keeps the uid, is cancelled, and uses the method CANCEL", () => {
    const ics = calendarInvite(event({ sequence: 4 }), "CANCEL");
    expect(property(ics, "METHOD")).toBe("CANCEL");
    expect(property(ics, "STATUS")).toBe("CANCELLED");
    expect(property(ics, "UID")).toBe("offer-booking-b1@skillsbridge.invalid");
    expect(property(ics, "SEQUENCE")).toBe("4");
  });

  test("an online event has its joining link as its url and in its description", () => {
    const ics = calendarInvite(event({ url: "https://meet.example.com/abc" }), "REQUEST");
    expect(property(ics, "URL")).toBe("https://meet.example.com/abc");
    expect(property(ics, "LOCATION")).toBe("Online");
    expect(property(ics, "DESCRIPTION")).toContain("Join online: https://meet.example.com/abc");
  });

  test("a placement is whole days: dates with no time, ending the day after its last day", () => {
    const ics = calendarInvite(
      {
        uid: inviteUid("placement-request", "r1"),
        sequence: 0,
        title: "A week in our print works",
        description: "First day: report to reception.",
        firstDay: "2027-03-22",
        lastDay: "2027-03-26",
        location: "B1 1AA",
        attendee: { email: "ann@example.test" },
      },
      "REQUEST",
    );
    expect(ics).toContain("DTSTART;VALUE=DATE:20270322");
    expect(ics).toContain("DTEND;VALUE=DATE:20270327");
    expect(property(ics, "UID")).toBe("placement-request-r1@skillsbridge.invalid");
  });

  test("an event in person has its place and no url", () => {
    const ics = calendarInvite(event({ location: "The Library of Birmingham" }), "REQUEST");
    expect(property(ics, "LOCATION")).toBe("The Library of Birmingham");
    expect(property(ics, "URL")).toBeUndefined();
  });
});
