import { describe, expect, it } from "vitest";
import { parseForm } from "~/forms/parse";
import { offerActionFor } from "./offer-forms";

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.set(name, value);
  return data;
}

describe("offerActionFor", () => {
  it("names each wrong field of the save form, not one error for the whole form", () => {
    const parsed = parseForm(
      offerActionFor("save"),
      form({ intent: "save", title: "", description: "Learn to use the cloud", seats: "none" }),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.title).toBe("Enter a title");
    expect(parsed.errors.seats).toBe("Enter a whole number, like 20");
    expect(parsed.errors.form).toBeUndefined();
  });

  it("reads the date boxes and the time box as posted, and keeps them as typed when one is wrong", () => {
    const posted = {
      intent: "save",
      title: "Cloud basics",
      description: "Learn to use the cloud",
      kind: "workshop",
      dimensions: "readiness",
      schedule: "dated",
      "startDate-day": "31",
      "startDate-month": "2",
      "startDate-year": "2031",
      startTime: "9:30am",
      "endDate-day": "1",
      "endDate-month": "3",
      "endDate-year": "2031",
      endTime: "",
      format: "online",
      seats: "20",
    };
    const wrong = parseForm(offerActionFor("save"), form(posted));
    expect(wrong.ok).toBe(false);
    if (wrong.ok) return;
    expect(wrong.errors).toEqual({
      startDate: "Start date must be a real date",
      endTime: "Enter an end time",
    });
    expect(wrong.values.startDate).toEqual({ day: "31", month: "2", year: "2031" });
    expect(wrong.values.startTime).toBe("9:30am");

    const right = parseForm(
      offerActionFor("save"),
      form({ ...posted, "startDate-day": "28", endTime: "4pm" }),
    );
    expect(right.ok && right.data).toMatchObject({
      startsAt: new Date("2031-02-28T09:30:00Z"),
      endsAt: new Date("2031-03-01T16:00:00Z"),
    });
  });

  it("reads the other buttons with their own small schemas", () => {
    for (const intent of ["withdraw", "republish", "cancel-offer"]) {
      const parsed = parseForm(offerActionFor(intent), form({ intent }));
      expect(parsed.ok && parsed.data).toEqual({ intent });
    }
  });

  it("refuses a button it does not know", () => {
    const parsed = parseForm(
      offerActionFor("delete-everything"),
      form({ intent: "delete-everything" }),
    );
    expect(parsed.ok).toBe(false);
  });
});
