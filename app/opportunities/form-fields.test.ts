import { describe, expect, test } from "vitest";
import { type z } from "zod";
import {
  checkbox,
  decimalNumber,
  isPhoneOrEmail,
  multiChoice,
  mustTick,
  normaliseHttpsUrl,
  normalisePostcode,
  optionalText,
  optionalWholeNumber,
  requiredText,
  wholeNumber,
} from "./form-fields";

/** The one message a field gives for a value, or undefined when it passes. */
function messageFor(schema: z.ZodType, value: unknown): string | undefined {
  const result = schema.safeParse(value);
  return result.success ? undefined : result.error.issues[0].message;
}

describe("text", () => {
  const title = requiredText({ required: "Enter a title", label: "Title", max: 10 });

  test("is trimmed", () => {
    expect(title.parse("  Hello  ")).toBe("Hello");
  });

  test("empty, spaces only or missing asks for it", () => {
    expect(messageFor(title, "")).toBe("Enter a title");
    expect(messageFor(title, "   ")).toBe("Enter a title");
    expect(messageFor(title, undefined)).toBe("Enter a title");
  });

  test("10 characters is accepted; 11 is too long", () => {
    expect(messageFor(title, "a".repeat(10))).toBeUndefined();
    expect(messageFor(title, "a".repeat(11))).toBe("Title must be 10 characters or fewer");
  });

  test("HTML-looking text is accepted and left unchanged: pages escape it", () => {
    expect(title.parse("<b>Hi</b>")).toBe("<b>Hi</b>");
  });

  test("optional text that is empty becomes undefined", () => {
    const notes = optionalText({ label: "Notes", max: 5 });
    expect(notes.parse("   ")).toBeUndefined();
    expect(notes.parse(undefined)).toBeUndefined();
    expect(notes.parse(null)).toBeUndefined();
    expect(notes.parse(" ok ")).toBe("ok");
    expect(messageFor(notes, "toolong")).toBe("Notes must be 5 characters or fewer");
  });
});

describe("numbers typed into a box", () => {
  const places = wholeNumber({
    required: "Enter the number of places",
    notNumber: "Number of places must be a whole number, like 2",
    check: (n) => (n < 1 ? "There must be at least 1 place" : undefined),
  });

  test("text is read as a number", () => {
    expect(places.parse(" 3 ")).toBe(3);
  });

  test("a number from react-hook-form's valueAsNumber is accepted too", () => {
    expect(places.parse(3)).toBe(3);
  });

  test("an empty box asks for it, including valueAsNumber's NaN", () => {
    expect(messageFor(places, "")).toBe("Enter the number of places");
    expect(messageFor(places, undefined)).toBe("Enter the number of places");
    expect(messageFor(places, Number.NaN)).toBe("Enter the number of places");
  });

  test.each(["two", "2.5", "-1", "1e2", "2 3"])("%j is not a whole number", (typed) => {
    expect(messageFor(places, typed)).toBe("Number of places must be a whole number, like 2");
  });

  test("the number's own rule gives its message", () => {
    expect(messageFor(places, "0")).toBe("There must be at least 1 place");
  });

  test("decimals like 37.5 hours are allowed where the box allows them", () => {
    const hours = decimalNumber({
      required: "Enter the hours",
      notNumber: "Hours must be a number, like 30",
    });
    expect(hours.parse("37.5")).toBe(37.5);
    expect(messageFor(hours, "37.555")).toBe("Hours must be a number, like 30");
  });

  test("an optional number left empty is undefined", () => {
    const age = optionalWholeNumber({ notNumber: "Age must be a whole number, like 14" });
    expect(age.parse("")).toBeUndefined();
    expect(age.parse("15")).toBe(15);
    expect(messageFor(age, "fifteen")).toBe("Age must be a whole number, like 14");
  });
});

describe("checkboxes", () => {
  test.each([
    ["on", true],
    [true, true],
    ["yes", true],
    [undefined, false],
    [null, false],
    ["", false],
    [false, false],
    ["false", false],
  ])("%j means %s", (posted, ticked) => {
    expect(checkbox().parse(posted)).toBe(ticked);
  });

  test("a box that must be ticked says what to confirm", () => {
    const confirm = mustTick("Confirm that you have insurance");
    expect(confirm.parse("on")).toBe(true);
    expect(messageFor(confirm, undefined)).toBe("Confirm that you have insurance");
  });
});

describe("select all that apply", () => {
  const groups = multiChoice(["9", "10", "11"] as const, {
    required: "Select at least one",
    unknown: "Select from the list",
  });

  test("a list (FormData getAll, react-hook-form) is kept in the list's order, once each", () => {
    expect(groups.parse(["11", "9", "11"])).toEqual(["9", "11"]);
  });

  test("one string (Object.fromEntries, one box ticked) is a list of one", () => {
    expect(groups.parse("10")).toEqual(["10"]);
  });

  test.each([undefined, null, false, "", []])("%j means nothing was ticked", (posted) => {
    expect(messageFor(groups, posted)).toBe("Select at least one");
  });

  test("a value not in the list is refused", () => {
    expect(messageFor(groups, ["9", "8"])).toBe("Select from the list");
  });
});

describe("postcodes", () => {
  test.each([
    ["b11aa", "B1 1AA"],
    ["  B1   1AA ", "B1 1AA"],
    ["cv1 2ab", "CV1 2AB"],
    ["WV10 9QR", "WV10 9QR"],
    ["ec1a1bb", "EC1A 1BB"],
    ["w1a 0ax", "W1A 0AX"],
  ])("%j is written %j", (typed, expected) => {
    expect(normalisePostcode(typed)).toBe(expected);
  });

  test.each(["", "B1", "12345", "BB1 AAA", "B1 1A", "B1-1AA"])("%j is not a postcode", (typed) => {
    expect(normalisePostcode(typed)).toBeNull();
  });
});

describe("web addresses", () => {
  test("an https address is kept", () => {
    expect(normaliseHttpsUrl("https://www.example.co.uk/jobs")).toEqual({
      url: "https://www.example.co.uk/jobs",
    });
  });

  test("an address typed without https:// gets it added", () => {
    expect(normaliseHttpsUrl("www.example.co.uk/jobs")).toEqual({
      url: "https://www.example.co.uk/jobs",
    });
  });

  test("http is refused, because applicants send personal details", () => {
    expect(normaliseHttpsUrl("http://example.co.uk")).toEqual({ problem: "not-https" });
    expect(normaliseHttpsUrl("javascript:alert(1)")).toEqual({ problem: "not-https" });
  });

  test.each(["jobs", "https://jobs", "not a website", "https://exa mple.com"])(
    "%j is not a real address",
    (typed) => {
      expect(normaliseHttpsUrl(typed)).toEqual({ problem: "not-real" });
    },
  );
});

describe("phone number or email", () => {
  test.each([
    "sam@example.co.uk",
    "0121 496 0000",
    "07700 900123",
    "+44 7700 900123",
    "(0121) 496-0000",
  ])("%j is accepted", (typed) => {
    expect(isPhoneOrEmail(typed)).toBe(true);
  });

  test.each(["sam@", "call Sam", "12345", "0121 496 0000 0000 00"])("%j is refused", (typed) => {
    expect(isPhoneOrEmail(typed)).toBe(false);
  });
});
