import { describe, expect, test } from "vitest";
import {
  apprenticeshipRuleErrors,
  apprenticeshipStaticRuleErrors,
  type ApprenticeshipRuleFields,
} from "./apprenticeship-rules";

/** Noon UTC is the same calendar day in the UK all year round. */
const on = (iso: string) => new Date(`${iso}T12:00:00Z`);
const today = on("2026-05-01");

const goodVacancy: ApprenticeshipRuleFields = {
  title: "Digital marketing apprentice",
  level: 3,
  positions: 1,
  weeklyHours: 30,
  durationMonths: 12,
  wageType: "fixed",
  wageWeeklyPence: 24000,
  startDate: "2026-09-01",
  closingDate: "2026-06-01",
};

const errorsFor = (changes: Partial<ApprenticeshipRuleFields>, firstPublication = true) =>
  apprenticeshipRuleErrors({ ...goodVacancy, ...changes }, today, firstPublication);

test("a vacancy that meets every rule has no errors", () => {
  expect(errorsFor({})).toEqual({});
});

describe("the title", () => {
  test.each(["Digital Marketing Apprentice", "APPRENTICESHIP in IT support", "Apprentices wanted"])(
    "%j names the job as an apprenticeship",
    (title) => {
      expect(errorsFor({ title }).title).toBeUndefined();
    },
  );

  test("a title without the word apprentice is refused", () => {
    expect(errorsFor({ title: "Junior developer" }).title).toBe(
      "Title must include the word apprentice or apprenticeship",
    );
  });
});

describe("the closing date, when first published", () => {
  test("a closing date 6 days away is refused", () => {
    expect(errorsFor({ closingDate: "2026-05-07" }).closingDate).toBe(
      "The closing date must be at least 7 days from today",
    );
  });

  test("a closing date 7 days away is accepted", () => {
    expect(errorsFor({ closingDate: "2026-05-08" }).closingDate).toBeUndefined();
  });

  test("today is the UK day, so just after midnight BST counts as the next day", () => {
    const justAfterMidnight = new Date("2026-05-01T23:30:00Z"); // 00:30 on 2 May in the UK
    const errors = apprenticeshipRuleErrors(
      { ...goodVacancy, closingDate: "2026-05-08" },
      justAfterMidnight,
      true,
    );
    expect(errors.closingDate).toBe("The closing date must be at least 7 days from today");
  });
});

describe("the closing date, when not first published", () => {
  test("a closing date today is accepted", () => {
    expect(
      errorsFor({ closingDate: "2026-05-01", startDate: "2026-06-01" }, false).closingDate,
    ).toBeUndefined();
  });

  test("a closing date yesterday is refused", () => {
    expect(errorsFor({ closingDate: "2026-04-30" }, false).closingDate).toBe(
      "The closing date cannot be in the past",
    );
  });
});

describe("the start date", () => {
  test("a start date on the closing date is refused", () => {
    expect(errorsFor({ startDate: "2026-06-01" }).startDate).toBe(
      "The start date must be after the closing date",
    );
  });

  test("a start date the day after the closing date is accepted", () => {
    expect(errorsFor({ startDate: "2026-06-02" }).startDate).toBeUndefined();
  });
});

describe("weekly hours", () => {
  test("15 hours is refused", () => {
    expect(errorsFor({ weeklyHours: 15 }).weeklyHours).toBe(
      "An apprenticeship must be at least 16 hours a week",
    );
  });

  test.each([16, 30, 48])("%i hours is accepted", (weeklyHours) => {
    expect(errorsFor({ weeklyHours, durationMonths: 15 }).weeklyHours).toBeUndefined();
  });

  test("49 hours is refused", () => {
    expect(errorsFor({ weeklyHours: 49 }).weeklyHours).toBe(
      "An apprenticeship must be no more than 48 hours a week",
    );
  });
});

describe("duration", () => {
  test("8 months at 30 hours a week is accepted", () => {
    expect(errorsFor({ weeklyHours: 30, durationMonths: 8 }).durationMonths).toBeUndefined();
  });

  test("7 months at 30 hours a week is refused", () => {
    expect(errorsFor({ weeklyHours: 30, durationMonths: 7 }).durationMonths).toBe(
      "An apprenticeship of 30 hours a week must last at least 8 months",
    );
  });

  test("at 20 hours a week 12 months are required: 11 is refused", () => {
    expect(
      errorsFor({ weeklyHours: 20, durationMonths: 11, wageWeeklyPence: 16000 }).durationMonths,
    ).toBe("An apprenticeship of 20 hours a week must last at least 12 months");
  });

  test("at 20 hours a week 12 months is accepted", () => {
    expect(errorsFor({ weeklyHours: 20, durationMonths: 12, wageWeeklyPence: 16000 })).toEqual({});
  });

  test("duration is not judged against hours that are themselves not allowed", () => {
    const errors = errorsFor({ weeklyHours: 10, durationMonths: 8 });
    expect(errors.weeklyHours).toBeDefined();
    expect(errors.durationMonths).toBeUndefined();
  });
});

describe("a fixed wage", () => {
  test("exactly the minimum (£8.00 × 30 hours from April 2026) is accepted", () => {
    expect(errorsFor({ wageWeeklyPence: 24000 }).wageWeeklyPounds).toBeUndefined();
  });

  test("a penny under the minimum is refused, and the message names the amount", () => {
    expect(errorsFor({ wageWeeklyPence: 23999 }).wageWeeklyPounds).toBe(
      "The wage must be at least £240.00 a week for 30 hours (the apprentice minimum wage is £8.00 an hour)",
    );
  });

  test("the rate is the one in force at the start date, not today", () => {
    // Checked in May 2026, but starting in March 2026 before the rise: £7.55 applies.
    const errors = apprenticeshipStaticRuleErrors({
      ...goodVacancy,
      closingDate: "2026-03-01",
      startDate: "2026-03-31",
      wageWeeklyPence: 22650,
    });
    expect(errors.wageWeeklyPounds).toBeUndefined();
    expect(
      apprenticeshipStaticRuleErrors({
        ...goodVacancy,
        startDate: "2026-03-31",
        closingDate: "2026-03-01",
        wageWeeklyPence: 22649,
      }).wageWeeklyPounds,
    ).toBe(
      "The wage must be at least £226.50 a week for 30 hours (the apprentice minimum wage is £7.55 an hour)",
    );
  });

  test("£226.50 for 30 hours is enough to start on 31 March 2026 but not on 1 April 2026", () => {
    const starting = (startDate: string) =>
      apprenticeshipStaticRuleErrors({
        ...goodVacancy,
        closingDate: "2026-03-01",
        startDate,
        wageWeeklyPence: 22650,
      }).wageWeeklyPounds;
    expect(starting("2026-03-31")).toBeUndefined();
    expect(starting("2026-04-01")).toBe(
      "The wage must be at least £240.00 a week for 30 hours (the apprentice minimum wage is £8.00 an hour)",
    );
  });

  test("part-time hours are named in the message", () => {
    expect(
      errorsFor({ weeklyHours: 37.5, durationMonths: 12, wageWeeklyPence: 29999 }).wageWeeklyPounds,
    ).toBe(
      "The wage must be at least £300.00 a week for 37.5 hours (the apprentice minimum wage is £8.00 an hour)",
    );
  });

  test.each(["apprentice-minimum", "national-minimum", "competitive"] as const)(
    "a %s wage has no amount to check",
    (wageType) => {
      expect(errorsFor({ wageType, wageWeeklyPence: 100 }).wageWeeklyPounds).toBeUndefined();
    },
  );
});

describe("positions and level", () => {
  test("0 positions is refused; 1 is accepted", () => {
    expect(errorsFor({ positions: 0 }).positions).toBe("There must be at least 1 position");
    expect(errorsFor({ positions: 1 }).positions).toBeUndefined();
  });

  test.each([1, 8, 2.5])("level %s is refused", (level) => {
    expect(errorsFor({ level }).level).toBe("Level must be between 2 and 7");
  });

  test.each([2, 7])("level %i is accepted", (level) => {
    expect(errorsFor({ level }).level).toBeUndefined();
  });
});

test("missing values are left for the form to report, not guessed at", () => {
  expect(apprenticeshipRuleErrors({}, today, true)).toEqual({});
  expect(
    apprenticeshipRuleErrors({ title: "", closingDate: null, startDate: undefined }, today, true),
  ).toEqual({});
});

test("stored dates as Date objects work the same as typed dates", () => {
  const errors = apprenticeshipRuleErrors(
    {
      ...goodVacancy,
      closingDate: new Date("2026-05-07T00:00:00Z"),
      startDate: new Date("2026-09-01T00:00:00Z"),
    },
    today,
    true,
  );
  expect(errors).toEqual({ closingDate: "The closing date must be at least 7 days from today" });
});
