import { describe, expect, test } from "vitest";
import type { z } from "zod";
import { fieldErrorsFrom, formDataToValues, parseFormPart } from "~/forms/parse";
import {
  accessNeedsHint,
  answerRequestSchema,
  apprenticeshipRoutes,
  apprenticeshipSchema,
  apprenticeshipSubmitErrors,
  closePostingSchema,
  placementRequestSchema,
  placementSchema,
  placementSubmitErrors,
  reviewDecisionSchema,
  safeguardingSchema,
} from "./schemas";
import { completeSafeguarding } from "../../tests/safeguarding-data";

const on = (iso: string) => new Date(`${iso}T12:00:00Z`);

/** The field errors a form would show: one message per field, in page order. */
function errorsOf(schema: z.ZodType, input: unknown, fieldOrder: readonly string[] = []) {
  const result = schema.safeParse(input);
  return result.success ? {} : fieldErrorsFrom(result.error, fieldOrder);
}

// ---------------------------------------------------------------------------
// Apprenticeships

/** What the browser posts for a good vacancy: every value a string. */
const goodVacancy: Record<string, string | undefined> = {
  title: "Digital marketing apprentice",
  shortDescription: "Help a small firm tell the world what it does.",
  fullDescription: "You will run our social media and learn analytics.",
  standard: "Multi-channel marketer",
  level: "3",
  route: "digital",
  positions: "1",
  weeklyHours: "30",
  durationMonths: "12",
  wageType: "fixed",
  wageWeeklyPounds: "240.00",
  startDate: "2026-09-01",
  closingDate: "2026-06-01",
  postcode: "b1 1aa",
  localAuthority: "birmingham",
  trainingProvider: "City College",
  skillsWanted: "Curious, organised, good with people",
  qualificationsWanted: "",
  applyMethod: "portal",
  applyUrl: "",
  // An unticked checkbox posts nothing.
  disabilityConfident: undefined,
};

const vacancyErrors = (changes: Record<string, string | undefined>) =>
  errorsOf(apprenticeshipSchema, { ...goodVacancy, ...changes });

describe("apprenticeship form", () => {
  test("a good vacancy passes, with every value typed and tidied", () => {
    expect(apprenticeshipSchema.parse(goodVacancy)).toEqual({
      title: "Digital marketing apprentice",
      shortDescription: "Help a small firm tell the world what it does.",
      fullDescription: "You will run our social media and learn analytics.",
      standard: "Multi-channel marketer",
      level: 3,
      route: "digital",
      positions: 1,
      weeklyHours: 30,
      durationMonths: 12,
      wageType: "fixed",
      wageWeeklyPounds: "240.00",
      startDate: "2026-09-01",
      closingDate: "2026-06-01",
      postcode: "B1 1AA",
      localAuthority: "birmingham",
      trainingProvider: "City College",
      skillsWanted: "Curious, organised, good with people",
      qualificationsWanted: null,
      applyMethod: "portal",
      applyUrl: undefined,
      disabilityConfident: false,
      question1: null,
      question2: null,
      question3: null,
    });
  });

  test("the employer may ask up to three questions, each up to 300 characters", () => {
    const asked = apprenticeshipSchema.parse({
      ...goodVacancy,
      question1: " Why do you want to work with us? ",
    });
    expect(asked.question1).toBe("Why do you want to work with us?");
    expect(errorsOf(apprenticeshipSchema, { ...goodVacancy, question3: "x".repeat(301) })).toEqual({
      question3: "Question 3 must be 300 characters or fewer",
    });
  });

  test("an empty form lists a message for every required field, in page order", () => {
    const errors = errorsOf(apprenticeshipSchema, {}, Object.keys(apprenticeshipSchema.shape));
    expect(errors).toEqual({
      title: "Enter a title",
      shortDescription: "Enter a short description",
      fullDescription: "Enter a full description",
      standard: "Enter the apprenticeship standard",
      level: "Select the apprenticeship level",
      route: "Select a route",
      positions: "Enter the number of positions",
      weeklyHours: "Enter the hours a week",
      durationMonths: "Enter how many months the apprenticeship lasts",
      wageType: "Select the type of wage",
      startDate: "Enter a start date",
      closingDate: "Enter a closing date",
      postcode: "Enter a postcode",
      localAuthority: "Select a local authority",
      trainingProvider: "Enter the training provider",
      skillsWanted: "Enter the skills you are looking for",
      applyMethod: "Select how people apply",
    });
    expect(Object.keys(errors)[0]).toBe("title");
    expect(Object.keys(errors).at(-1)).toBe("applyMethod");
  });

  test("the routes offered are the ones in the brief", () => {
    expect(apprenticeshipRoutes.map((route) => route.name)).toEqual([
      "Digital",
      "Business and administration",
      "Creative and design",
      "Engineering and manufacturing",
      "Sales, marketing and procurement",
      "Other",
    ]);
  });

  test.each([
    [{ title: "" }, "title", "Enter a title"],
    [
      { title: "Junior developer" },
      "title",
      "Title must include the word apprentice or apprenticeship",
    ],
    [{ title: `Apprentice ${"a".repeat(91)}` }, "title", "Title must be 100 characters or fewer"],
    [
      { shortDescription: "a".repeat(351) },
      "shortDescription",
      "Short description must be 350 characters or fewer",
    ],
    [{ level: "1" }, "level", "Select the apprenticeship level"],
    [{ level: "8" }, "level", "Select the apprenticeship level"],
    [{ route: "Astronaut" }, "route", "Select a route"],
    [{ positions: "0" }, "positions", "There must be at least 1 position"],
    [{ positions: "two" }, "positions", "Number of positions must be a whole number, like 2"],
    [{ weeklyHours: "15" }, "weeklyHours", "An apprenticeship must be at least 16 hours a week"],
    [
      { weeklyHours: "49" },
      "weeklyHours",
      "An apprenticeship must be no more than 48 hours a week",
    ],
    [{ weeklyHours: "thirty" }, "weeklyHours", "Weekly hours must be a number, like 30"],
    [
      { durationMonths: "7" },
      "durationMonths",
      "An apprenticeship of 30 hours a week must last at least 8 months",
    ],
    [
      { weeklyHours: "20", durationMonths: "11", wageWeeklyPounds: "160" },
      "durationMonths",
      "An apprenticeship of 20 hours a week must last at least 12 months",
    ],
    [{ wageType: "" }, "wageType", "Select the type of wage"],
    [{ wageWeeklyPounds: "" }, "wageWeeklyPounds", "Enter the weekly wage"],
    [
      { wageWeeklyPounds: "240.005" },
      "wageWeeklyPounds",
      "Weekly wage must be an amount in pounds, like 300.50",
    ],
    [
      { wageWeeklyPounds: "239.99" },
      "wageWeeklyPounds",
      "The wage must be at least £240.00 a week for 30 hours (the apprentice minimum wage is £8.00 an hour)",
    ],
    [{ startDate: "2026-02-30" }, "startDate", "Start date must be a real date"],
    [{ closingDate: "32/5/2026" }, "closingDate", "Closing date must be a real date"],
    [{ startDate: "2026-06-01" }, "startDate", "The start date must be after the closing date"],
    [{ postcode: "B1" }, "postcode", "Enter a real postcode, like B1 1AA"],
    [{ localAuthority: "london" }, "localAuthority", "Select a local authority"],
    [
      { applyMethod: "external", applyUrl: "" },
      "applyUrl",
      "Enter the web address where people apply",
    ],
    [
      { applyMethod: "external", applyUrl: "http://example.co.uk" },
      "applyUrl",
      "The web address must start with https://",
    ],
    [
      { applyMethod: "external", applyUrl: "our website" },
      "applyUrl",
      "Enter a real web address, like https://www.example.co.uk/jobs",
    ],
    [
      { applyMethod: "email", applyEmail: "" },
      "applyEmail",
      "Enter the email address where people send their application",
    ],
    [
      { applyMethod: "email", applyEmail: "jobs at example.co.uk" },
      "applyEmail",
      "Enter an email address in the right format, like name@example.com",
    ],
    [
      { applyMethod: "email", applyEmail: "jobs@example" },
      "applyEmail",
      "Enter an email address in the right format, like name@example.com",
    ],
    [
      { applyMethod: "email", applyEmail: `${"a".repeat(250)}@example.co.uk` },
      "applyEmail",
      "Email address must be 254 characters or fewer",
    ],
  ])("%j gives %s the message %j", (changes, field, message) => {
    const errors = vacancyErrors(changes);
    expect(errors).toEqual({ [field]: message });
  });

  test("a short description of exactly 350 characters is accepted", () => {
    expect(vacancyErrors({ shortDescription: "a".repeat(350) })).toEqual({});
  });

  test("15 and 49 hours are refused; 16 and 48 are accepted", () => {
    expect(
      vacancyErrors({ weeklyHours: "16", durationMonths: "15", wageWeeklyPounds: "128" }),
    ).toEqual({});
    expect(vacancyErrors({ weeklyHours: "48", wageWeeklyPounds: "384" })).toEqual({});
    expect(vacancyErrors({ weeklyHours: "15" }).weeklyHours).toBeDefined();
    expect(vacancyErrors({ weeklyHours: "49" }).weeklyHours).toBeDefined();
  });

  test("a wage typed as £240 is stored as 240.00", () => {
    expect(
      apprenticeshipSchema.parse({ ...goodVacancy, wageWeeklyPounds: "£240" }).wageWeeklyPounds,
    ).toBe("240.00");
  });

  test("the wage is checked against the rate at the start date: £226.50 for 30 hours is fine in March 2026", () => {
    const march = {
      closingDate: "2026-03-01",
      startDate: "2026-03-31",
      wageWeeklyPounds: "226.50",
    };
    expect(vacancyErrors(march)).toEqual({});
    expect(vacancyErrors({ ...march, startDate: "2026-04-01" }).wageWeeklyPounds).toBe(
      "The wage must be at least £240.00 a week for 30 hours (the apprentice minimum wage is £8.00 an hour)",
    );
  });

  test("no wage amount is needed unless the wage is fixed, and one left in the hidden box is dropped", () => {
    const values = apprenticeshipSchema.parse({
      ...goodVacancy,
      wageType: "competitive",
      wageWeeklyPounds: "nonsense",
    });
    expect(values.wageWeeklyPounds).toBeUndefined();
  });

  test("an apply link is only needed for external applications, and is dropped otherwise", () => {
    const portal = apprenticeshipSchema.parse({
      ...goodVacancy,
      applyMethod: "portal",
      applyUrl: "not a site",
    });
    expect(portal.applyUrl).toBeUndefined();
    const external = apprenticeshipSchema.parse({
      ...goodVacancy,
      applyMethod: "external",
      applyUrl: "www.example.co.uk/apply",
    });
    expect(external.applyUrl).toBe("https://www.example.co.uk/apply");
  });

  test("an email address to apply is kept, lower-cased, when people apply by email", () => {
    const values = apprenticeshipSchema.parse({
      ...goodVacancy,
      applyMethod: "email",
      applyEmail: " Jobs@Example.co.uk ",
    });
    expect(values.applyEmail).toBe("jobs@example.co.uk");
  });

  test("switching the way to apply drops what was typed for the other ways", () => {
    const typed = { applyUrl: "www.example.co.uk/apply", applyEmail: "jobs@example.co.uk" };
    const byEmail = apprenticeshipSchema.parse({ ...goodVacancy, ...typed, applyMethod: "email" });
    expect([byEmail.applyUrl, byEmail.applyEmail]).toEqual([undefined, "jobs@example.co.uk"]);
    const external = apprenticeshipSchema.parse({
      ...goodVacancy,
      ...typed,
      applyMethod: "external",
    });
    expect([external.applyUrl, external.applyEmail]).toEqual([
      "https://www.example.co.uk/apply",
      undefined,
    ]);
    const portal = apprenticeshipSchema.parse({
      ...goodVacancy,
      applyMethod: "portal",
      applyEmail: "not an address",
    });
    expect(portal.applyEmail).toBeUndefined();
  });

  test("the Disability Confident box is true when ticked", () => {
    expect(
      apprenticeshipSchema.parse({ ...goodVacancy, disabilityConfident: "on" }).disabilityConfident,
    ).toBe(true);
  });

  test("HTML-looking text is accepted as text and left unchanged: rendering escapes it", () => {
    const values = apprenticeshipSchema.parse({
      ...goodVacancy,
      title: "<script>alert('apprentice')</script>",
      fullDescription: "<b>Bold</b> & <i>more</i>",
    });
    expect(values.title).toBe("<script>alert('apprentice')</script>");
    expect(values.fullDescription).toBe("<b>Bold</b> & <i>more</i>");
  });

  test("several mistakes are all reported at once, rules and missing fields together", () => {
    const errors = vacancyErrors({ title: "Developer", shortDescription: "", weeklyHours: "10" });
    expect(Object.keys(errors).sort()).toEqual(["shortDescription", "title", "weeklyHours"]);
  });
});

describe("apprenticeship checks on submit, with today's date", () => {
  const values = apprenticeshipSchema.parse(goodVacancy);
  const today = on("2026-05-25");

  test("a closing date 6 days away is refused", () => {
    const errors = apprenticeshipSubmitErrors(
      { ...values, closingDate: "2026-05-31" },
      today,
      true,
    );
    expect(errors).toEqual({ closingDate: "The closing date must be at least 7 days from today" });
  });

  test("a closing date 7 days away is accepted", () => {
    expect(
      apprenticeshipSubmitErrors({ ...values, closingDate: "2026-06-01" }, today, true),
    ).toEqual({});
  });

  test("after first publication only a past closing date is refused", () => {
    expect(
      apprenticeshipSubmitErrors({ ...values, closingDate: "2026-05-25" }, today, false),
    ).toEqual({});
    expect(
      apprenticeshipSubmitErrors({ ...values, closingDate: "2026-05-24" }, today, false),
    ).toEqual({
      closingDate: "The closing date cannot be in the past",
    });
  });

  test("the wage rule runs on submit too, in pence", () => {
    expect(
      apprenticeshipSubmitErrors({ ...values, wageWeeklyPounds: "239.99" }, today, true)
        .wageWeeklyPounds,
    ).toBe(
      "The wage must be at least £240.00 a week for 30 hours (the apprentice minimum wage is £8.00 an hour)",
    );
  });
});

// ---------------------------------------------------------------------------
// Placements

const goodPlacement: Record<string, string | string[] | undefined> = {
  title: "A week in a web design studio",
  description: "Help build a real website and learn how designers work.",
  sector: "J",
  dateMode: "fixed",
  startDate: "2026-07-06",
  endDate: "2026-07-10",
  daysAndHours: "Monday to Friday, 9am to 3pm",
  yearGroups: ["10", "12"],
  minAge: "",
  maxAge: "",
  places: "2",
  format: "in-person",
  postcode: "cv1 2ab",
  localAuthority: "coventry",
  supervisorName: "Priya Shah",
  accessibility: "Step-free access, lift to every floor",
  dressCode: "",
  travelNotes: "Five minutes from the bus station",
};

const placementErrors = (changes: Record<string, string | string[] | undefined>) =>
  errorsOf(placementSchema, { ...goodPlacement, ...changes });

describe("placement form", () => {
  test("a good placement passes", () => {
    const values = placementSchema.parse(goodPlacement);
    expect(values).toMatchObject({
      sector: "J",
      yearGroups: ["10", "12"],
      places: 2,
      postcode: "CV1 2AB",
      minAge: null,
      dressCode: null,
    });
  });

  test("a virtual placement needs no location", () => {
    expect(placementErrors({ format: "virtual", postcode: "", localAuthority: "" })).toEqual({});
  });

  test.each(["in-person", "hybrid"])(
    "an %s placement needs a postcode and local authority",
    (format) => {
      expect(placementErrors({ format, postcode: "", localAuthority: "" })).toEqual({
        postcode: "Enter a postcode",
        localAuthority: "Select a local authority",
      });
    },
  );

  test.each([
    [{ description: "" }, "description", "Describe what the student will do and learn"],
    [{ sector: "Z" }, "sector", "Select a sector"],
    [{ dateMode: "" }, "dateMode", "Select fixed dates or a window of dates"],
    [{ endDate: "" }, "endDate", "Enter an end date"],
    [
      { endDate: "2026-07-05" },
      "endDate",
      "The end date must be the same as or after the start date",
    ],
    [{ yearGroups: [] }, "yearGroups", "Select at least one year group"],
    [{ yearGroups: undefined }, "yearGroups", "Select at least one year group"],
    [{ yearGroups: ["8"] }, "yearGroups", "Select year groups from Year 9 to Year 13"],
    [{ minAge: "13" }, "minAge", "Youngest age must be between 14 and 18"],
    [{ maxAge: "19" }, "maxAge", "Oldest age must be between 14 and 18"],
    [
      { minAge: "16", maxAge: "15" },
      "maxAge",
      "Oldest age must be the same as or more than the youngest age",
    ],
    [{ places: "0" }, "places", "There must be at least 1 place"],
    [{ format: "" }, "format", "Select in person, virtual or hybrid"],
    [{ postcode: "nowhere" }, "postcode", "Enter a real postcode, like B1 1AA"],
    [{ supervisorName: " " }, "supervisorName", "Enter the supervisor's name"],
  ])("%j gives %s the message %j", (changes, field, message) => {
    expect(placementErrors(changes)).toEqual({ [field]: message });
  });

  test("ages 14 to 18 are accepted", () => {
    expect(placementErrors({ minAge: "14", maxAge: "18" })).toEqual({});
  });

  test("ticked year groups posted as a form are all read", () => {
    const form = new FormData();
    for (const [key, value] of Object.entries(goodPlacement)) {
      if (Array.isArray(value)) for (const v of value) form.append(key, v);
      else if (value !== undefined) form.append(key, value);
    }
    const values = placementSchema.parse(formDataToValues(form));
    expect(values.yearGroups).toEqual(["10", "12"]);
  });

  test("dates in the past are refused on submit, with today's date", () => {
    const values = placementSchema.parse(goodPlacement);
    expect(placementSubmitErrors(values, on("2026-07-06"))).toEqual({});
    expect(placementSubmitErrors(values, on("2026-07-07"))).toEqual({
      startDate: "The start date cannot be in the past",
    });
  });
});

describe("safeguarding form", () => {
  const good = {
    insuranceConfirmed: "on",
    insurer: "Midlands Mutual",
    insuranceExpiry: "2027-01-31",
    insuranceCoverPounds: "£10,000,000",
    riskAssessmentReviewed: "on",
    riskAssessmentWritten: "yes",
    dbsNeeded: "no",
    safeguardingContactName: "Sam Patel",
    safeguardingContactPhoneOrEmail: "0121 496 0000",
  };
  const errors = (changes: Record<string, unknown>) =>
    errorsOf(safeguardingSchema, { ...good, ...changes });

  test("a complete page passes", () => {
    expect(safeguardingSchema.parse(good)).toEqual(completeSafeguarding);
  });

  test("the date boxes are read as the day they name; all three empty is no date yet", () => {
    expect(
      safeguardingSchema.parse({
        ...good,
        insuranceExpiry: { day: "31", month: "1", year: "2027" },
      }),
    ).toEqual(completeSafeguarding);
    expect(
      safeguardingSchema.parse({ ...good, insuranceExpiry: { day: "", month: "", year: "" } })
        .insuranceExpiry,
    ).toBeNull();
  });

  test("the written risk assessment question may be left out (small employers are not asked)", () => {
    expect(errors({ riskAssessmentWritten: undefined })).toEqual({});
  });

  test("cover of £4,999,999 is refused; £5,000,000 is accepted", () => {
    expect(errors({ insuranceCoverPounds: "4,999,999" })).toEqual({
      insuranceCoverPounds: "Your insurance must cover at least £5,000,000",
    });
    expect(errors({ insuranceCoverPounds: "5000000" })).toEqual({});
  });

  test("the page may be saved part-way: answers left empty are no error here", () => {
    // safeguardingComplete (placement-rules.ts) says what is still needed.
    expect(
      errors({
        insuranceConfirmed: undefined,
        insurer: "",
        insuranceExpiry: "",
        insuranceCoverPounds: "",
        riskAssessmentReviewed: undefined,
        dbsNeeded: undefined,
        safeguardingContactName: "",
        safeguardingContactPhoneOrEmail: "",
      }),
    ).toEqual({});
  });

  test.each([
    [
      { insuranceExpiry: "31 2 2027" },
      "insuranceExpiry",
      "The date your insurance ends must be a real date",
    ],
    // As the date boxes post it.
    [
      { insuranceExpiry: { day: "31", month: "2", year: "2027" } },
      "insuranceExpiry",
      "The date your insurance ends must be a real date",
    ],
    [
      { insuranceExpiry: { day: "31", month: "", year: "2027" } },
      "insuranceExpiry",
      "The date your insurance ends must include a month",
    ],
    [
      { insuranceCoverPounds: "five million" },
      "insuranceCoverPounds",
      "Cover must be an amount in pounds, like 5,000,000",
    ],
    [{ riskAssessmentWritten: "maybe" }, "riskAssessmentWritten", "Select yes or no"],
    [{ dbsNeeded: "perhaps" }, "dbsNeeded", "Select whether any supervisor needs a DBS check"],
    [
      { safeguardingContactPhoneOrEmail: "ask at reception" },
      "safeguardingContactPhoneOrEmail",
      "Enter a real phone number or email address",
    ],
  ])("%j gives %s the message %j", (changes, field, message) => {
    expect(errors(changes)).toEqual({ [field]: message });
  });

  test("each answer is read on its own, so the valid ones can be kept", () => {
    const part = parseFormPart(safeguardingSchema, {
      ...good,
      insurer: "",
      insuranceExpiry: "31 2 2027",
    });
    expect(part.errors).toEqual({
      insuranceExpiry: "The date your insurance ends must be a real date",
    });
    expect(part.data).toMatchObject({ insurer: null, safeguardingContactName: "Sam Patel" });
    expect("insuranceExpiry" in part.data).toBe(false);
  });
});

// ---------------------------------------------------------------------------
// Requests and decisions

describe("a school's request for places", () => {
  const good = { places: "3", yearGroup: "10", accessNeeds: "", note: "" };
  const errors = (changes: Record<string, string>) =>
    errorsOf(placementRequestSchema, { ...good, ...changes });

  test("a good request passes", () => {
    expect(placementRequestSchema.parse(good)).toEqual({
      places: 3,
      yearGroup: "10",
      accessNeeds: null,
      note: null,
      contactPhone: null,
    });
  });

  test("holds no student names: only places, year group, access needs, a note and the lead's phone", () => {
    expect(Object.keys(placementRequestSchema.shape)).toEqual([
      "places",
      "yearGroup",
      "accessNeeds",
      "note",
      "contactPhone",
    ]);
    expect(accessNeedsHint).toContain("Do not include students' names");
  });

  test("the careers lead's phone may be left out, but must be a real number when given", () => {
    expect(errors({ contactPhone: "0121 496 0000" })).toEqual({});
    expect(errors({ contactPhone: "call me" })).toEqual({
      contactPhone: "Enter a real phone number, like 0121 496 0000",
    });
  });

  test("1 and 50 places are accepted; 0 and 51 are refused", () => {
    expect(errors({ places: "1" })).toEqual({});
    expect(errors({ places: "50" })).toEqual({});
    expect(errors({ places: "0" })).toEqual({ places: "Ask for at least 1 place" });
    expect(errors({ places: "51" })).toEqual({
      places: "You can ask for up to 50 places at a time",
    });
  });

  test("a year group must be chosen", () => {
    expect(errors({ yearGroup: "" })).toEqual({ yearGroup: "Select the year group" });
  });

  test("access needs of 500 characters are accepted; 501 are too long", () => {
    expect(errors({ accessNeeds: "a".repeat(500) })).toEqual({});
    expect(errors({ accessNeeds: "a".repeat(501) })).toEqual({
      accessNeeds: "Access needs must be 500 characters or fewer",
    });
  });

  test("a note of 1001 characters is too long", () => {
    expect(errors({ note: "a".repeat(1001) })).toEqual({
      note: "Note must be 1000 characters or fewer",
    });
  });
});

describe("answering a request", () => {
  test("accepting 2 places passes", () => {
    expect(answerRequestSchema.parse({ intent: "accept", placesAccepted: "2" })).toEqual({
      intent: "accept",
      placesAccepted: 2,
    });
  });

  test("accepting 0 places is refused", () => {
    expect(errorsOf(answerRequestSchema, { intent: "accept", placesAccepted: "0" })).toEqual({
      placesAccepted: "Accept at least 1 place",
    });
  });

  test("declining needs a reason", () => {
    expect(errorsOf(answerRequestSchema, { intent: "decline", reason: "  " })).toEqual({
      reason: "Enter a reason for declining",
    });
    expect(answerRequestSchema.parse({ intent: "decline", reason: " Fully booked " })).toEqual({
      intent: "decline",
      reason: "Fully booked",
    });
  });

  test("an unknown intent is refused plainly", () => {
    expect(errorsOf(answerRequestSchema, { intent: "maybe" })).toEqual({
      intent: "Select accept or decline",
    });
  });
});

describe("staff review decision", () => {
  test("approve needs nothing else", () => {
    expect(reviewDecisionSchema.parse({ intent: "approve" })).toEqual({ intent: "approve" });
  });

  test("asking for changes needs a reason", () => {
    expect(errorsOf(reviewDecisionSchema, { intent: "request-changes", reason: "" })).toEqual({
      reason: "Enter what needs to change",
    });
    expect(
      reviewDecisionSchema.parse({ intent: "request-changes", reason: "Add the wage" }),
    ).toEqual({
      intent: "request-changes",
      reason: "Add the wage",
    });
  });

  test("an unknown intent is refused plainly", () => {
    expect(errorsOf(reviewDecisionSchema, {})).toEqual({
      intent: "Select approve or ask for changes",
    });
  });
});

describe("closing a posting", () => {
  test("the reason is optional", () => {
    expect(closePostingSchema.parse({ reason: "" })).toEqual({ reason: null });
    expect(closePostingSchema.parse({})).toEqual({ reason: null });
    expect(closePostingSchema.parse({ reason: "Filled" })).toEqual({ reason: "Filled" });
  });
});
