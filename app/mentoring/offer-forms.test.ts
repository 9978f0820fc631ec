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
