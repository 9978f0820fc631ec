import { describe, expect, test } from "vitest";
import { at } from "../../tests/at";
import { type z } from "zod";
import {
  between,
  checkbox,
  choice,
  decimalNumber,
  emailAddress,
  isPhoneOrEmail,
  multiChoice,
  mustTick,
  normaliseHttpsUrl,
  normalisePostcode,
  optionalChoice,
  optionalPostcode,
  optionalText,
  optionalWholeNumber,
  postcode,
  requiredText,
  wholeNumber,
} from "./fields";

/** The one message a field gives for a value, or undefined when it passes. */
function messageFor(schema: z.ZodType, value: unknown): string | undefined {
  const result = schema.safeParse(value);
  return result.success ? undefined : at(result.error.issues, 0).message;
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

  test("optional text that is empty becomes null, so saving it clears the old value", () => {
    const notes = optionalText({ label: "Notes", max: 5 });
    expect(notes.parse("   ")).toBeNull();
    expect(notes.parse(undefined)).toBeNull();
    expect(notes.parse(null)).toBeNull();
    expect(notes.parse(" ok ")).toBe("ok");
    expect(messageFor(notes, "toolong")).toBe("Notes must be 5 characters or fewer");
  });
});

describe("text typed over several lines", () => {
  const notes = requiredText({ required: "Enter notes", label: "Notes", max: 5 });

  test("a line break counts as one character, as the browser counted it (it posts CRLF)", () => {
    expect(notes.parse("ab\r\ncd")).toBe("ab\ncd");
    expect(messageFor(notes, "ab\r\ncde")).toBe("Notes must be 5 characters or fewer");
  });

  test("a least length gives its own message", () => {
    const goals = requiredText({
      required: "Enter goals",
      label: "Goals",
      max: 50,
      min: 5,
      tooShort: "Too short",
    });
    expect(messageFor(goals, "abcd")).toBe("Too short");
    expect(goals.parse("abcde")).toBe("abcde");
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

  test("a range rule gives one message outside the range", () => {
    const seats = wholeNumber({
      required: "Enter seats",
      notNumber: "Whole number",
      check: between(1, 5, "Between 1 and 5"),
    });
    expect(messageFor(seats, "0")).toBe("Between 1 and 5");
    expect(messageFor(seats, "6")).toBe("Between 1 and 5");
    expect(seats.parse("5")).toBe(5);
  });

  test("decimals like 37.5 hours are allowed where the box allows them", () => {
    const hours = decimalNumber({
      required: "Enter the hours",
      notNumber: "Hours must be a number, like 30",
    });
    expect(hours.parse("37.5")).toBe(37.5);
    expect(messageFor(hours, "37.555")).toBe("Hours must be a number, like 30");
  });

  test("an optional number left empty is null", () => {
    const age = optionalWholeNumber({ notNumber: "Age must be a whole number, like 14" });
    expect(age.parse("")).toBeNull();
    expect(age.parse("15")).toBe(15);
    expect(messageFor(age, "fifteen")).toBe("Age must be a whole number, like 14");
  });
});

describe("one of a list", () => {
  test("a choice must be one of the list; the empty option is no answer", () => {
    const format = choice(["online", "in-person"], "Choose how you meet");
    expect(format.parse("online")).toBe("online");
    expect(messageFor(format, "")).toBe("Choose how you meet");
    expect(messageFor(format, "phone")).toBe("Choose how you meet");
  });

  test("an optional choice left empty is null, so saving it clears the old value", () => {
    const area = optionalChoice(["birmingham", "coventry"], "Choose a place from the list");
    expect(area.parse("")).toBeNull();
    expect(area.parse(undefined)).toBeNull();
    expect(area.parse("coventry")).toBe("coventry");
    expect(messageFor(area, "paris")).toBe("Choose a place from the list");
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

  test("without `required`, nothing ticked is an empty list", () => {
    const skills = multiChoice(["a", "b"] as const, { unknown: "Select from the list" });
    expect(skills.parse(undefined)).toEqual([]);
    expect(skills.parse(false)).toEqual([]);
    expect(skills.parse(["b", "a", ""])).toEqual(["a", "b"]);
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

describe("postcode fields", () => {
  test("a postcode is required and written the usual way", () => {
    expect(postcode().parse(" b1  1aa ")).toBe("B1 1AA");
    expect(messageFor(postcode(), "")).toBe("Enter a postcode");
    expect(messageFor(postcode(), "12345")).toBe("Enter a real postcode, like B1 1AA");
  });

  test("an optional postcode left empty is null", () => {
    expect(optionalPostcode().parse("")).toBeNull();
    expect(messageFor(optionalPostcode(), "nope")).toBe("Enter a real postcode, like B1 1AA");
  });
});

describe("email addresses", () => {
  const email = emailAddress({ required: "Enter your email address" });

  test("are trimmed and lower-cased", () => {
    expect(email.parse("  Sam@Example.CO.UK ")).toBe("sam@example.co.uk");
  });

  test("empty asks for one; a wrong one says the right format", () => {
    expect(messageFor(email, " ")).toBe("Enter your email address");
    expect(messageFor(email, "sam@")).toBe(
      "Enter an email address in the right format, like name@example.com",
    );
    expect(messageFor(email, `${"a".repeat(250)}@b.co`)).toBe(
      "Email address must be 254 characters or fewer",
    );
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
