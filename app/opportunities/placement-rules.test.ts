import { describe, expect, test } from "vitest";
import {
  isSafeguardingComplete,
  placementRuleErrors,
  safeguardingComplete,
  safeguardingMessages,
  type PlacementRuleFields,
  type SafeguardingRecord,
  type StaffCount,
} from "./placement-rules";
import { completeSafeguarding } from "../../tests/safeguarding-data";
import { asksStaffCount, staffCountFor } from "./records";

const on = (iso: string) => new Date(`${iso}T12:00:00Z`);
const today = on("2026-05-01");

const goodPlacement: PlacementRuleFields = {
  startDate: "2026-07-06",
  endDate: "2026-07-10",
  places: 2,
  yearGroups: ["10", "12"],
  minAge: 14,
  maxAge: 17,
};

const errorsFor = (changes: Partial<PlacementRuleFields>) =>
  placementRuleErrors({ ...goodPlacement, ...changes }, today);

test("a placement that meets every rule has no errors", () => {
  expect(errorsFor({})).toEqual({});
});

describe("dates", () => {
  test("a start date yesterday is refused; today is accepted", () => {
    expect(errorsFor({ startDate: "2026-04-30" }).startDate).toBe(
      "The start date cannot be in the past",
    );
    expect(errorsFor({ startDate: "2026-05-01" }).startDate).toBeUndefined();
  });

  test("an end date before the start date is refused", () => {
    expect(errorsFor({ startDate: "2026-07-06", endDate: "2026-07-05" }).endDate).toBe(
      "The end date must be the same as or after the start date",
    );
  });

  test("a one-day placement, ending on the day it starts, is accepted", () => {
    expect(errorsFor({ startDate: "2026-07-06", endDate: "2026-07-06" })).toEqual({});
  });

  test("an end date in the past is refused", () => {
    expect(errorsFor({ startDate: "2026-05-01", endDate: "2026-04-30" }).endDate).toBe(
      "The end date must be the same as or after the start date",
    );
    expect(errorsFor({ startDate: "2026-04-20", endDate: "2026-04-30" }).endDate).toBe(
      "The end date cannot be in the past",
    );
  });
});

describe("places, year groups and ages", () => {
  test("0 places is refused; 1 is accepted", () => {
    expect(errorsFor({ places: 0 }).places).toBe("There must be at least 1 place");
    expect(errorsFor({ places: 1 }).places).toBeUndefined();
  });

  test("no year group is refused", () => {
    expect(errorsFor({ yearGroups: [] }).yearGroups).toBe("Select at least one year group");
  });

  test("a year group outside 9 to 13 is refused", () => {
    expect(errorsFor({ yearGroups: ["8", "9"] }).yearGroups).toBe(
      "Select year groups from Year 9 to Year 13",
    );
  });

  test.each([["9"], ["13"], ["9", "10", "11", "12", "13"]])(
    "year groups %j are accepted",
    (...yearGroups) => {
      expect(errorsFor({ yearGroups }).yearGroups).toBeUndefined();
    },
  );

  test("ages are optional", () => {
    expect(errorsFor({ minAge: null, maxAge: undefined })).toEqual({});
  });

  test("ages 13 and 19 are refused; 14 and 18 are accepted", () => {
    expect(errorsFor({ minAge: 13 }).minAge).toBe("Youngest age must be between 14 and 18");
    expect(errorsFor({ maxAge: 19 }).maxAge).toBe("Oldest age must be between 14 and 18");
    expect(errorsFor({ minAge: 14, maxAge: 18 })).toEqual({});
  });

  test("an oldest age below the youngest is refused; the same age is accepted", () => {
    expect(errorsFor({ minAge: 16, maxAge: 15 }).maxAge).toBe(
      "Oldest age must be the same as or more than the youngest age",
    );
    expect(errorsFor({ minAge: 16, maxAge: 16 })).toEqual({});
  });
});

describe("safeguarding", () => {
  const complete: SafeguardingRecord = { endDate: "2026-07-10", ...completeSafeguarding };
  const missingFor = (changes: Partial<SafeguardingRecord>, staffCount: number | StaffCount = 12) =>
    safeguardingComplete({ ...complete, ...changes }, staffCount);

  test("a complete record has nothing missing", () => {
    expect(missingFor({})).toEqual([]);
    expect(isSafeguardingComplete(complete, 12)).toBe(true);
  });

  test("an empty record lists every item, in the order of the form", () => {
    expect(safeguardingComplete({}, 12).map((item) => item.field)).toEqual([
      "insuranceConfirmed",
      "insurer",
      "insuranceExpiry",
      "insuranceCoverPounds",
      "riskAssessmentReviewed",
      "riskAssessmentWritten",
      "dbsNeeded",
      "safeguardingContactName",
      "safeguardingContactPhoneOrEmail",
    ]);
    expect(isSafeguardingComplete({}, 12)).toBe(false);
  });

  test("insurance that is not confirmed is missing", () => {
    expect(missingFor({ insuranceConfirmed: false })).toEqual([
      {
        field: "insuranceConfirmed",
        message: "Confirm that you have employer's liability insurance",
      },
    ]);
  });

  test("an insurer's name of only spaces is missing", () => {
    expect(missingFor({ insurer: "   " })).toEqual([
      { field: "insurer", message: "Enter the name of your insurer" },
    ]);
  });

  test("insurance ending on the placement's last day is refused; the day after is accepted", () => {
    expect(missingFor({ insuranceExpiry: "2026-07-10" })).toEqual([
      {
        field: "insuranceExpiry",
        message: "Your insurance must still be in force after the placement ends on 10 July 2026",
      },
    ]);
    expect(missingFor({ insuranceExpiry: "2026-07-11" })).toEqual([]);
  });

  test("a missing expiry date is missing", () => {
    expect(missingFor({ insuranceExpiry: null })).toEqual([
      { field: "insuranceExpiry", message: "Enter the date your insurance ends" },
    ]);
  });

  test("cover of £4,999,999 is refused; £5,000,000 is accepted", () => {
    expect(missingFor({ insuranceCoverPounds: 4_999_999 })).toEqual([
      { field: "insuranceCoverPounds", message: "Your insurance must cover at least £5,000,000" },
    ]);
    expect(missingFor({ insuranceCoverPounds: 5_000_000 })).toEqual([]);
  });

  test("a risk assessment not reviewed for young people is missing", () => {
    expect(missingFor({ riskAssessmentReviewed: false }).map((item) => item.message)).toEqual([
      "Confirm that you have reviewed your risk assessment for young people",
    ]);
  });

  test("with 4 staff a written risk assessment is not required", () => {
    expect(missingFor({ riskAssessmentWritten: "no" }, 4)).toEqual([]);
    expect(missingFor({ riskAssessmentWritten: null }, 4)).toEqual([]);
  });

  test("with 5 staff a written risk assessment is required", () => {
    expect(missingFor({ riskAssessmentWritten: "no" }, 5)).toEqual([
      {
        field: "riskAssessmentWritten",
        message: "You have 5 or more staff, so your risk assessment must be written down",
      },
    ]);
    expect(missingFor({ riskAssessmentWritten: "yes" }, 5)).toEqual([]);
  });

  test("when the staff count is not known, the firm is asked for it, not told it has 5 or more", () => {
    expect(missingFor({ riskAssessmentWritten: "no" }, null)).toEqual([
      { field: "staffCount", message: safeguardingMessages.noStaffCount },
    ]);
    expect(missingFor({ riskAssessmentWritten: "yes" }, null)).toEqual([]);
  });

  describe("the written risk assessment rule for each size band", () => {
    const writtenFor = (sizeBand: string | null, stated: number | null) =>
      missingFor({ riskAssessmentWritten: "no" }, staffCountFor(sizeBand, stated));

    test("a micro firm (0 to 9) that has not said how many staff: asked for the count", () => {
      expect(writtenFor("micro", null)).toEqual([
        { field: "staffCount", message: safeguardingMessages.noStaffCount },
      ]);
    });

    test("a micro firm with 3 staff needs no written assessment", () => {
      expect(writtenFor("micro", 3)).toEqual([]);
    });

    test("a micro firm with 7 staff is told its own number", () => {
      expect(writtenFor("micro", 7)).toEqual([
        {
          field: "riskAssessmentWritten",
          message: "You have 7 staff, so your risk assessment must be written down",
        },
      ]);
    });

    test.each([
      ["small", 10],
      ["medium", 50],
      ["large", 250],
    ])("a %s firm is told it has %i or more staff", (band, least) => {
      expect(writtenFor(band, null)).toEqual([
        {
          field: "riskAssessmentWritten",
          message: `You have ${least} or more staff, so your risk assessment must be written down`,
        },
      ]);
    });

    test("a firm with no size band is asked, as a micro firm is", () => {
      expect(writtenFor(null, null)[0]?.field).toBe("staffCount");
      expect(asksStaffCount(null)).toBe(true);
      expect(asksStaffCount("micro")).toBe(true);
      expect(asksStaffCount("small")).toBe(false);
    });
  });

  test("the DBS question needs an answer, and no is an answer", () => {
    expect(missingFor({ dbsNeeded: null })).toEqual([
      { field: "dbsNeeded", message: safeguardingMessages.noDbsAnswer },
    ]);
    expect(missingFor({ dbsNeeded: "no" })).toEqual([]);
    expect(missingFor({ dbsNeeded: "yes" })).toEqual([]);
  });

  test("yes/no answers stored as true/false count the same", () => {
    expect(missingFor({ dbsNeeded: false, riskAssessmentWritten: true })).toEqual([]);
    expect(missingFor({ riskAssessmentWritten: false }, 5)).toHaveLength(1);
  });

  test("a safeguarding contact needs a name and a phone number or email", () => {
    expect(missingFor({ safeguardingContactName: "" }).map((item) => item.field)).toEqual([
      "safeguardingContactName",
    ]);
    expect(
      missingFor({ safeguardingContactPhoneOrEmail: null }).map((item) => item.message),
    ).toEqual(["Enter a phone number or email address for your safeguarding contact"]);
  });
});
