import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import { fieldErrorsFrom } from "~/forms/parse";
import {
  bookingSchema,
  declineSchema,
  defaultGoalsFromGaps,
  endRelationshipSchema,
  feedbackSchema,
  mentorProfileSchema,
  mentoringRequestSchema,
  meetingSchema,
  messageSchema,
  offerSchema,
  sessionLogSchema,
} from "./schemas";

/** The first message for each field, as a page would show it. */
function errorsOf(schema: z.ZodType, input: unknown): Record<string, string> {
  const result = schema.safeParse(input);
  return result.success ? {} : fieldErrorsFrom(result.error);
}

/** The clock at noon on 10 July 2026 for each test of the describe block. */
function onTheTenthOfJuly() {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-07-10T12:00:00Z"));
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}

const html = `<b>Hello</b> & <script>alert("hi")</script> — we'd like "help"`;

describe("mentor profile", () => {
  const good = {
    role: "Cloud architect",
    bio: "I help small firms move their files and email to the cloud.",
    expertise: ["data", "cyber"],
    edsAreas: ["communicating"],
    capacity: "3",
    format: "online",
    localAuthority: "coventry",
    takingRequests: "on",
  };

  it("accepts a good profile and converts the form values", () => {
    expect(mentorProfileSchema.parse(good)).toEqual({
      role: "Cloud architect",
      bio: "I help small firms move their files and email to the cloud.",
      expertise: ["data", "cyber"],
      edsAreas: ["communicating"],
      capacity: 3,
      format: "online",
      localAuthority: "coventry",
      takingRequests: true,
    });
  });

  it("accepts a single expertise value as a list, and react-hook-form values", () => {
    const parsed = mentorProfileSchema.parse({
      ...good,
      expertise: "data",
      edsAreas: false,
      capacity: 4,
      takingRequests: true,
    });
    expect(parsed.expertise).toEqual(["data"]);
    expect(parsed.edsAreas).toEqual([]);
    expect(parsed.capacity).toBe(4);
    expect(parsed.takingRequests).toBe(true);
  });

  it("treats an absent checkbox as not taking requests, and missing optional fields as empty", () => {
    const rest = {
      ...good,
      takingRequests: undefined,
      edsAreas: undefined,
      localAuthority: undefined,
    };
    const parsed = mentorProfileSchema.parse(rest);
    expect(parsed.takingRequests).toBe(false);
    expect(parsed.edsAreas).toEqual([]);
    expect(parsed.localAuthority).toBeNull();
    expect(mentorProfileSchema.parse({ ...good, localAuthority: "" }).localAuthority).toBeNull();
  });

  it("drops repeated choices", () => {
    expect(mentorProfileSchema.parse({ ...good, expertise: ["data", "data"] }).expertise).toEqual([
      "data",
    ]);
  });

  it.each([
    [{ role: "" }, "role", "Enter your job title"],
    [{ role: "   " }, "role", "Enter your job title"],
    [{ role: "x".repeat(101) }, "role", "Your job title must be 100 characters or fewer"],
    [{ bio: undefined }, "bio", "Enter a short bio"],
    [{ bio: "x".repeat(601) }, "bio", "Your bio must be 600 characters or fewer"],
    [{ expertise: undefined }, "expertise", "Choose at least one area you can help with"],
    [{ expertise: [] }, "expertise", "Choose at least one area you can help with"],
    [{ expertise: "" }, "expertise", "Choose at least one area you can help with"],
    // On the field itself, so the message shows beside the boxes.
    [{ expertise: ["data", "juggling"] }, "expertise", "Choose areas from the list"],
    [{ edsAreas: ["flying"] }, "edsAreas", "Choose skills from the list"],
    [{ capacity: "" }, "capacity", "Enter how many firms you can mentor at once"],
    [{ capacity: "two" }, "capacity", "Enter a whole number, like 3"],
    [{ capacity: "2.5" }, "capacity", "Enter a whole number, like 3"],
    [{ capacity: "0" }, "capacity", "You can mentor between 1 and 10 firms at once"],
    [{ capacity: "11" }, "capacity", "You can mentor between 1 and 10 firms at once"],
    [{ format: "" }, "format", "Choose how you can meet"],
    [{ format: "by-post" }, "format", "Choose how you can meet"],
    [{ localAuthority: "london" }, "localAuthority", "Choose a place from the list"],
  ])("%o gives '%s: %s'", (change, field, message) => {
    expect(errorsOf(mentorProfileSchema, { ...good, ...change })[field]).toBe(message);
  });

  it("accepts capacity at both ends of the range", () => {
    expect(mentorProfileSchema.parse({ ...good, capacity: "1" }).capacity).toBe(1);
    expect(mentorProfileSchema.parse({ ...good, capacity: " 10 " }).capacity).toBe(10);
  });

  it("keeps text with HTML unchanged", () => {
    expect(mentorProfileSchema.parse({ ...good, bio: html }).bio).toBe(html);
  });

  it("counts a Windows line break as one character, as the browser does", () => {
    const bio = `${"x".repeat(299)}\r\n${"y".repeat(300)}`; // 600 in the browser, 601 as posted
    expect(mentorProfileSchema.parse({ ...good, bio }).bio).toBe(
      `${"x".repeat(299)}\n${"y".repeat(300)}`,
    );
  });
});

describe("upskilling offer", () => {
  const good = {
    title: "Cyber security clinic",
    description: "Bring your questions about passwords, backups and scams.",
    kind: "clinic",
    dimensions: ["cyber"],
    schedule: "dated",
    // As the date boxes and the time boxes post them (forms/parse.ts puts the boxes together).
    startDate: { day: "14", month: "7", year: "2026" },
    startTime: "10am",
    endDate: { day: "14", month: "7", year: "2026" },
    endTime: "12:30",
    format: "in-person",
    location: "The Library of Birmingham",
    localAuthority: "birmingham",
    seats: "20",
  };

  it("accepts a good dated offer and reads the times as UK time", () => {
    const parsed = offerSchema.parse(good);
    // 14 July is British Summer Time, one hour ahead of UTC.
    expect(parsed.startsAt).toEqual(new Date("2026-07-14T09:00:00Z"));
    expect(parsed.endsAt).toEqual(new Date("2026-07-14T11:30:00Z"));
    expect(parsed.seats).toBe(20);
    expect(parsed.dimensions).toEqual(["cyber"]);
    expect(parsed.location).toBe("The Library of Birmingham");
  });

  it.each([
    ["9:30am", "08:30"],
    ["9.30 a.m.", "08:30"],
    ["09:30", "08:30"],
    ["2pm", "13:00"],
    ["14:00", "13:00"],
    ["midday", "11:00"],
  ])("reads the start time %j as UK time", (startTime, utc) => {
    expect(offerSchema.parse({ ...good, startTime, endTime: "5pm" }).startsAt).toEqual(
      new Date(`2026-07-14T${utc}:00Z`),
    );
  });

  it("takes a date written as text (an older form) and an end on a later day", () => {
    const parsed = offerSchema.parse({
      ...good,
      startDate: "2026-12-14",
      endDate: { day: "15", month: "Dec", year: "2026" },
      endTime: "9am",
    });
    // December is GMT, the same as UTC.
    expect(parsed.startsAt).toEqual(new Date("2026-12-14T10:00:00Z"));
    expect(parsed.endsAt).toEqual(new Date("2026-12-15T09:00:00Z"));
  });

  it("accepts an on-demand online offer with no dates or place, and drops stray ones", () => {
    const parsed = offerSchema.parse({
      ...good,
      schedule: "on-demand",
      format: "online",
      endDate: { day: "", month: "", year: "" },
      endTime: "",
      location: "somewhere",
      localAuthority: "",
    });
    expect(parsed.startsAt).toBeNull();
    expect(parsed.endsAt).toBeNull();
    expect(parsed.location).toBeNull();
    expect(parsed.localAuthority).toBeNull();
  });

  it("keeps a joining link for an online offer, with https:// added, and drops it for one in person", () => {
    const online = offerSchema.parse({
      ...good,
      format: "online",
      joinUrl: "meet.example.com/abc",
    });
    expect(online.joinUrl).toBe("https://meet.example.com/abc");
    expect(
      offerSchema.parse({ ...good, joinUrl: "https://meet.example.com/abc" }).joinUrl,
    ).toBeNull();
    expect(offerSchema.parse({ ...good, format: "either", joinUrl: "" }).joinUrl).toBeNull();
  });

  it.each([
    [{ title: "" }, "title", "Enter a title"],
    [{ title: "x".repeat(121) }, "title", "Your title must be 120 characters or fewer"],
    [{ description: "" }, "description", "Enter a description"],
    [
      { description: "x".repeat(2001) },
      "description",
      "Your description must be 2000 characters or fewer",
    ],
    [{ kind: "party" }, "kind", "Choose the kind of offer"],
    [{ dimensions: [] }, "dimensions", "Choose at least one area this offer helps with"],
    [{ schedule: undefined }, "schedule", "Choose whether it runs on set dates or any time"],
    [{ startDate: { day: "", month: "", year: "" } }, "startDate", "Enter the start date"],
    [{ startDate: undefined }, "startDate", "Enter the start date"],
    [{ startTime: "" }, "startTime", "Enter a start time"],
    [{ endDate: undefined }, "endDate", "Enter the end date"],
    [{ endTime: " " }, "endTime", "Enter an end time"],
    [
      { startDate: { day: "31", month: "2", year: "2027" } },
      "startDate",
      "Start date must be a real date",
    ],
    [
      { startDate: { day: "14", month: "", year: "2026" } },
      "startDate",
      "Start date must include a month",
    ],
    [{ endDate: { day: "14", month: "7", year: "26" } }, "endDate", "Year must include 4 numbers"],
    [{ endDate: "tomorrow" }, "endDate", "End date must be a real date"],
    [{ startTime: "25:00" }, "startTime", "Enter a real start time, like 9:30am or 14:00"],
    [{ startTime: "soon" }, "startTime", "Enter a real start time, like 9:30am or 14:00"],
    [{ endTime: "13pm" }, "endTime", "Enter a real end time, like 11am or 16:30"],
    [{ endTime: "10:00" }, "endTime", "End time must be after the start time"],
    [{ endTime: "9am" }, "endTime", "End time must be after the start time"],
    [
      { endDate: { day: "13", month: "7", year: "2026" }, endTime: "23:00" },
      "endDate",
      "End date must be the same as or after the start date",
    ],
    [{ format: "" }, "format", "Choose how it runs"],
    [{ location: "" }, "location", "Enter where it takes place"],
    [{ location: "   ", format: "either" }, "location", "Enter where it takes place"],
    [{ location: "x".repeat(201) }, "location", "The place must be 200 characters or fewer"],
    [
      { format: "online", joinUrl: "http://meet.example.com" },
      "joinUrl",
      "The joining link must start with https://",
    ],
    [
      { format: "either", joinUrl: "my zoom" },
      "joinUrl",
      "Enter a real web address, like https://meet.example.com/abc",
    ],
    [{ seats: "" }, "seats", "Enter the number of seats"],
    [{ seats: "ten" }, "seats", "Enter a whole number, like 20"],
    [{ seats: "0" }, "seats", "Seats must be between 1 and 500"],
    [{ seats: "501" }, "seats", "Seats must be between 1 and 500"],
  ])("%o gives '%s: %s'", (change, field, message) => {
    expect(errorsOf(offerSchema, { ...good, ...change })[field]).toBe(message);
  });

  it("shows the cross-field errors together with other field errors", () => {
    const errors = errorsOf(offerSchema, { ...good, title: "", startTime: "", location: "" });
    expect(errors).toEqual({
      title: "Enter a title",
      startTime: "Enter a start time",
      location: "Enter where it takes place",
    });
  });

  it("does not compare the end with a start that is not a real date or time", () => {
    expect(
      errorsOf(offerSchema, {
        ...good,
        startDate: { day: "31", month: "2", year: "2026" },
        startTime: "99:99",
      }),
    ).toEqual({
      startDate: "Start date must be a real date",
      startTime: "Enter a real start time, like 9:30am or 14:00",
    });
  });

  it("accepts seats at both ends of the range", () => {
    expect(offerSchema.parse({ ...good, seats: "1" }).seats).toBe(1);
    expect(offerSchema.parse({ ...good, seats: "500" }).seats).toBe(500);
  });

  it("keeps text with HTML unchanged", () => {
    const parsed = offerSchema.parse({ ...good, title: "<i>Clinic</i>", description: html });
    expect(parsed.title).toBe("<i>Clinic</i>");
    expect(parsed.description).toBe(html);
  });
});

describe("mentoring request", () => {
  it("accepts goals of 20 characters", () => {
    expect(
      mentoringRequestSchema.parse({ goals: "x".repeat(20), preferredFormat: "either" }),
    ).toEqual({
      goals: "x".repeat(20),
      preferredFormat: "either",
    });
  });

  it.each([
    [{ goals: "" }, "goals", "Enter your goals"],
    [{ goals: undefined }, "goals", "Enter your goals"],
    [{ goals: "x".repeat(19) }, "goals", "Your goals must be at least 20 characters"],
    [{ goals: `  ${"x".repeat(19)}  ` }, "goals", "Your goals must be at least 20 characters"],
    [{ goals: "x".repeat(1501) }, "goals", "Your goals must be 1500 characters or fewer"],
    [{ preferredFormat: "" }, "preferredFormat", "Choose how you would like to meet"],
  ])("%o gives '%s: %s'", (change, field, message) => {
    const good = { goals: "We want to keep customer records safely.", preferredFormat: "online" };
    expect(errorsOf(mentoringRequestSchema, { ...good, ...change })[field]).toBe(message);
  });

  it("accepts goals of exactly 1500 characters", () => {
    expect(
      mentoringRequestSchema.safeParse({ goals: "x".repeat(1500), preferredFormat: "online" })
        .success,
    ).toBe(true);
  });

  it("keeps text with HTML unchanged", () => {
    expect(mentoringRequestSchema.parse({ goals: html, preferredFormat: "online" }).goals).toBe(
      html,
    );
  });
});

describe("goals pre-filled from gaps", () => {
  it("lists the weakest areas with their scores in plain words", () => {
    const text = defaultGoalsFromGaps([
      { dimension: "data", score: 22 },
      { dimension: "cyber", score: 40.4 },
    ]);
    expect(text).toBe(
      [
        "Our readiness check shows we most need help with:",
        "- Data management (score 22 out of 100)",
        "- Cyber security (score 40 out of 100)",
        "",
        "What we would like to change:",
      ].join("\n"),
    );
  });

  it("passes the request form's own rules", () => {
    const goals = defaultGoalsFromGaps([{ dimension: "automation", score: 10 }]);
    expect(mentoringRequestSchema.safeParse({ goals, preferredFormat: "online" }).success).toBe(
      true,
    );
  });

  it("is empty when there are no gaps", () => {
    expect(defaultGoalsFromGaps([])).toBe("");
  });
});

describe("declining and ending", () => {
  it("need a reason of at most 500 characters", () => {
    expect(declineSchema.parse({ reason: "I am away until June." })).toEqual({
      reason: "I am away until June.",
    });
    expect(errorsOf(declineSchema, { reason: "" }).reason).toBe("Enter a reason for declining");
    expect(errorsOf(declineSchema, { reason: "x".repeat(501) }).reason).toBe(
      "Your reason must be 500 characters or fewer",
    );
    expect(declineSchema.safeParse({ reason: "x".repeat(500) }).success).toBe(true);

    expect(endRelationshipSchema.parse({ reason: "We met our goals." }).reason).toBe(
      "We met our goals.",
    );
    expect(errorsOf(endRelationshipSchema, {}).reason).toBe("Enter a reason for ending mentoring");
    expect(errorsOf(endRelationshipSchema, { reason: "x".repeat(501) }).reason).toBe(
      "Your reason must be 500 characters or fewer",
    );
  });

  it("keep text with HTML unchanged", () => {
    expect(declineSchema.parse({ reason: html }).reason).toBe(html);
  });
});

describe("session log", () => {
  onTheTenthOfJuly();

  const good = {
    date: "2026-07-10",
    minutes: "60",
    topics: "Backups and passwords",
    actions: "- Turn on two-step sign-in\r\n\r\n• Test a backup\n  Write a password policy  ",
  };

  it("accepts a session today and turns actions into a list", () => {
    expect(sessionLogSchema.parse(good)).toEqual({
      date: new Date("2026-07-10T00:00:00Z"),
      minutes: 60,
      topics: "Backups and passwords",
      actions: ["Turn on two-step sign-in", "Test a backup", "Write a password policy"],
    });
  });

  it("understands a date typed day first, as an old phone's plain text box sends it", () => {
    expect(sessionLogSchema.parse({ ...good, date: "10/07/2026" }).date).toEqual(
      new Date("2026-07-10T00:00:00Z"),
    );
  });

  it("reads the day, month and year boxes of the GOV.UK date input", () => {
    const boxes = { day: "10", month: "7", year: "2026" };
    expect(sessionLogSchema.parse({ ...good, date: boxes }).date).toEqual(
      new Date("2026-07-10T00:00:00Z"),
    );
  });

  it("allows no actions", () => {
    expect(sessionLogSchema.parse({ ...good, actions: "" }).actions).toEqual([]);
    expect(sessionLogSchema.parse({ ...good, actions: undefined }).actions).toEqual([]);
  });

  it("uses the UK date: just after midnight in summer is already the next day", () => {
    vi.setSystemTime(new Date("2026-07-10T23:30:00Z")); // 00:30 on 11 July in the UK
    expect(sessionLogSchema.safeParse({ ...good, date: "2026-07-11" }).success).toBe(true);
    expect(errorsOf(sessionLogSchema, { ...good, date: "2026-07-12" }).date).toBe(
      "The date cannot be in the future",
    );
  });

  it.each([
    [{ date: "" }, "date", "Enter the date of the session"],
    [{ date: "2026-07-11" }, "date", "The date cannot be in the future"],
    [{ date: "2026-02-30" }, "date", "Date of the session must be a real date"],
    [{ date: "31/06/2026" }, "date", "Date of the session must be a real date"],
    [{ date: { day: "", month: "", year: "" } }, "date", "Enter the date of the session"],
    [
      { date: { day: "30", month: "2", year: "2026" } },
      "date",
      "Date of the session must be a real date",
    ],
    [
      { date: { day: "10", month: "", year: "2026" } },
      "date",
      "Date of the session must include a month",
    ],
    [{ minutes: "" }, "minutes", "Enter how long the session lasted, in minutes"],
    [{ minutes: "1 hour" }, "minutes", "Enter a whole number of minutes, like 60"],
    [{ minutes: "14" }, "minutes", "A session must be between 15 and 480 minutes"],
    [{ minutes: "481" }, "minutes", "A session must be between 15 and 480 minutes"],
    [{ topics: "" }, "topics", "Enter what you talked about"],
    [{ topics: "x".repeat(1001) }, "topics", "Topics must be 1000 characters or fewer"],
    [{ actions: "x".repeat(2001) }, "actions", "Actions must be 2000 characters or fewer"],
  ])("%o gives '%s: %s'", (change, field, message) => {
    expect(errorsOf(sessionLogSchema, { ...good, ...change })[field]).toBe(message);
  });

  it("accepts 15 and 480 minutes", () => {
    expect(sessionLogSchema.parse({ ...good, minutes: "15" }).minutes).toBe(15);
    expect(sessionLogSchema.parse({ ...good, minutes: "480" }).minutes).toBe(480);
  });

  it("keeps text with HTML unchanged", () => {
    const parsed = sessionLogSchema.parse({ ...good, topics: html, actions: html });
    expect(parsed.topics).toBe(html);
    expect(parsed.actions).toEqual([html]);
  });
});

describe("planned session", () => {
  onTheTenthOfJuly();

  const good = {
    date: { day: "14", month: "7", year: "2026" },
    time: "14:30",
    minutes: "60",
    location: "The office",
    joinUrl: "",
  };

  it("reads the date boxes as a UK day and the time as UK time", () => {
    expect(meetingSchema.parse(good)).toEqual({
      startsAt: new Date("2026-07-14T13:30:00Z"),
      endsAt: new Date("2026-07-14T14:30:00Z"),
      location: "The office",
      joinUrl: null,
    });
  });

  it("still reads a whole date typed as text", () => {
    expect(meetingSchema.parse({ ...good, date: "2026-07-14" }).startsAt).toEqual(
      new Date("2026-07-14T13:30:00Z"),
    );
  });

  it.each([
    [{ day: "", month: "", year: "" }, "Enter the date of the session"],
    [{ day: "31", month: "6", year: "2026" }, "Date must be a real date"],
    [{ day: "14", month: "7", year: "" }, "Date must include a year"],
    [{ day: "14", month: "7", year: "26" }, "Year must include 4 numbers"],
    [{ day: "9", month: "7", year: "2026" }, "The session must be in the future"],
  ])("%o gives '%s'", (date, message) => {
    expect(errorsOf(meetingSchema, { ...good, date }).date).toBe(message);
  });
});

describe("message", () => {
  it("accepts 1 to 2000 characters", () => {
    expect(messageSchema.parse({ body: "Hi" })).toEqual({ body: "Hi" });
    expect(messageSchema.safeParse({ body: "x".repeat(2000) }).success).toBe(true);
    expect(errorsOf(messageSchema, { body: "" }).body).toBe("Enter a message");
    expect(errorsOf(messageSchema, { body: "x".repeat(2001) }).body).toBe(
      "Your message must be 2000 characters or fewer",
    );
  });

  it("keeps text with HTML unchanged", () => {
    expect(messageSchema.parse({ body: html }).body).toBe(html);
  });
});

describe("feedback", () => {
  it("accepts a rating from 1 to 5 and an optional comment", () => {
    expect(feedbackSchema.parse({ rating: "5", comment: "Very helpful" })).toEqual({
      rating: 5,
      comment: "Very helpful",
    });
    expect(feedbackSchema.parse({ rating: "1" })).toEqual({ rating: 1, comment: null });
  });

  it.each([
    [{ rating: "" }, "rating", "Choose a rating from 1 to 5"],
    [{ rating: "0" }, "rating", "Choose a rating from 1 to 5"],
    [{ rating: "6" }, "rating", "Choose a rating from 1 to 5"],
    [{ rating: "good" }, "rating", "Choose a rating from 1 to 5"],
    [{ comment: "x".repeat(1001) }, "comment", "Your comment must be 1000 characters or fewer"],
  ])("%o gives '%s: %s'", (change, field, message) => {
    expect(errorsOf(feedbackSchema, { rating: "4", ...change })[field]).toBe(message);
  });

  it("keeps text with HTML unchanged", () => {
    expect(feedbackSchema.parse({ rating: "4", comment: html }).comment).toBe(html);
  });
});

describe("booking", () => {
  it("accepts 1 to 5 seats", () => {
    expect(bookingSchema.parse({ seats: "1" })).toEqual({ seats: 1 });
    expect(bookingSchema.parse({ seats: "5" })).toEqual({ seats: 5 });
  });

  it.each([
    [{ seats: "" }, "Enter how many seats you need"],
    [{}, "Enter how many seats you need"],
    [{ seats: "two" }, "Enter a whole number, like 2"],
    [{ seats: "0" }, "You can book between 1 and 5 seats"],
    [{ seats: "6" }, "You can book between 1 and 5 seats"],
  ])("%o gives '%s'", (input, message) => {
    expect(errorsOf(bookingSchema, input).seats).toBe(message);
  });
});
