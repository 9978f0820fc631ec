import { describe, expect, test } from "vitest";
import { parseForm } from "~/forms/parse";
import {
  createAccountSchema,
  signInSchema,
  resetPasswordSchema,
  accountActionSchema,
  deleteAccountSchema,
  signUpStepSchema,
} from "./schemas";

const goodSme = {
  role: "sme",
  name: "Amira Khan",
  email: " Amira@Example.COM ",
  password: "purple tractor window",
  organisationName: "Brindley Print Works",
  localAuthority: "birmingham",
  postcode: "b186nf",
  sector: "C",
  sizeBand: "small",
  schoolUrn: "",
  schoolPhase: "",
};

describe("create account form", () => {
  test("a Companies House number is optional, stored as 8 characters, and a wrong one is refused", () => {
    const none = parseForm(createAccountSchema, goodSme);
    expect(none.ok && none.data.companiesHouseNumber).toBeNull();
    const short = parseForm(createAccountSchema, { ...goodSme, companiesHouseNumber: "1234567" });
    expect(short.ok && short.data.companiesHouseNumber).toBe("01234567");
    const wrong = parseForm(createAccountSchema, { ...goodSme, companiesHouseNumber: "12-34" });
    expect(wrong.ok ? null : wrong.errors.companiesHouseNumber).toBe(
      "A Companies House number is 8 letters and numbers, like 01234567 or SC123456",
    );
  });

  test("a complete SME form passes, with email and postcode tidied", () => {
    const parsed = parseForm(createAccountSchema, goodSme);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.data.email).toBe("amira@example.com");
      expect(parsed.data.postcode).toBe("B18 6NF");
    }
  });

  test("every problem is reported at once, including the kind-specific ones", () => {
    const parsed = parseForm(createAccountSchema, {
      role: "school",
      name: "",
      email: "nope",
      password: "short",
      schoolUrn: "12",
    });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.errors).toMatchObject({
        name: "Enter your full name",
        email: "Enter an email address in the right format, like name@example.com",
        password: "Your password must be at least 8 characters",
        organisationName: "Enter the name of your organisation",
        localAuthority: "Select the area your organisation is in",
        postcode: "Enter a postcode",
        schoolUrn: "The school reference number must be 6 digits, like 103456",
        schoolPhase: "Select the type of school",
      });
      // The password is never echoed back.
      expect(parsed.values).not.toHaveProperty("password");
    }
  });

  test("an SME must say its sector and size; a board firm need not", () => {
    const sme = parseForm(createAccountSchema, { ...goodSme, sector: "", sizeBand: "" });
    expect(sme.ok).toBe(false);
    if (!sme.ok) expect(Object.keys(sme.errors).sort()).toEqual(["sector", "sizeBand"]);
    expect(
      parseForm(createAccountSchema, { ...goodSme, role: "board", sector: "", sizeBand: "" }).ok,
    ).toBe(true);
  });

  test("staff accounts cannot be made through this form", () => {
    const parsed = parseForm(createAccountSchema, { ...goodSme, role: "staff" });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.errors.role).toBe("Select what kind of organisation you are from");
  });

  test("a bad postcode is explained", () => {
    const parsed = parseForm(createAccountSchema, { ...goodSme, postcode: "12345" });
    expect(parsed.ok ? null : parsed.errors.postcode).toBe("Enter a real postcode, like B1 1AA");
  });

  test("HTML in a name is kept as typed (it is shown as text)", () => {
    const parsed = parseForm(createAccountSchema, { ...goodSme, name: "<b>Amira</b>" });
    expect(parsed.ok && parsed.data.name).toBe("<b>Amira</b>");
  });
});

describe("other account forms", () => {
  test("sign in needs an email and a password", () => {
    const parsed = parseForm(signInSchema, { email: "", password: "" });
    expect(parsed.ok ? null : parsed.errors).toEqual({
      email: "Enter your email address",
      password: "Enter your password",
    });
  });

  test("reset password needs matching passwords", () => {
    const parsed = parseForm(resetPasswordSchema, {
      token: "t",
      password: "long enough pass",
      confirmPassword: "different pass",
    });
    expect(parsed.ok ? null : parsed.errors).toEqual({
      confirmPassword: "The passwords do not match",
    });
  });

  test("account page forms are chosen by intent", () => {
    expect(parseForm(accountActionSchema, { intent: "profile", name: "New Name" }).ok).toBe(true);
    const bad = parseForm(accountActionSchema, { intent: "invite", inviteEmail: "x" });
    expect(bad.ok ? null : bad.errors.inviteEmail).toMatch(/right format/);
    expect(parseForm(accountActionSchema, { intent: "hack" }).ok).toBe(false);
  });

  test("deleting an account needs the box ticked", () => {
    const parsed = parseForm(deleteAccountSchema, { password: "whatever" });
    expect(parsed.ok ? null : parsed.errors.confirm).toBe(
      "Tick the box to confirm you want to delete your account",
    );
  });
});

describe("business details form (account page)", () => {
  const good = {
    intent: "business-details",
    sector: "F",
    sizeBand: "small",
    staffCount: " 12 ",
    localAuthority: "coventry",
    postcode: "cv12ab",
  };

  test("a complete form passes; an empty staff count is fine", () => {
    const parsed = parseForm(accountActionSchema, good);
    expect(parsed.ok && parsed.data).toMatchObject({ staffCount: 12, postcode: "CV1 2AB" });
    const blank = parseForm(accountActionSchema, { ...good, staffCount: "" });
    expect(blank.ok && blank.data).toMatchObject({ staffCount: null });
  });

  test("a staff count that does not fit the size says which size it fits", () => {
    const parsed = parseForm(accountActionSchema, { ...good, staffCount: "60" });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.errors.staffCount).toBe(
        "With 60 staff your business is Medium (50 to 249 staff). Change the size or the number of staff.",
      );
  });

  test("every problem is listed at once, each by its question, and what was typed is kept", () => {
    const parsed = parseForm(accountActionSchema, {
      ...good,
      sector: "",
      staffCount: "twelve",
      postcode: "nowhere",
    });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.errors).toEqual({
        sector: "Select what your business does",
        staffCount: "Enter the number of staff as a whole number, like 12",
        postcode: "Enter a real postcode, like B1 1AA",
      });
      expect(parsed.values.staffCount).toBe("twelve");
    }
  });

  test("the size mismatch shows alongside another problem", () => {
    const parsed = parseForm(accountActionSchema, { ...good, staffCount: "3", postcode: "" });
    expect(!parsed.ok && parsed.errors).toEqual({
      staffCount:
        "With 3 staff your business is Micro (0 to 9 staff). Change the size or the number of staff.",
      postcode: "Enter a postcode",
    });
  });
});

describe("create account's pages each check only their own fields", () => {
  test("an empty details page names only that kind's questions", () => {
    const errorsOf = (role: "sme" | "school" | "board") => {
      const parsed = parseForm(signUpStepSchema("details", role), {});
      return parsed.ok ? {} : parsed.errors;
    };
    expect(Object.keys(errorsOf("sme"))).toEqual(["sector", "sizeBand"]);
    expect(Object.keys(errorsOf("school"))).toEqual(["schoolUrn", "schoolPhase"]);
    // A firm's only question (the Companies House number) may be left empty.
    expect(errorsOf("board")).toEqual({});
  });

  test("a school reference number must be 6 digits", () => {
    const parsed = parseForm(signUpStepSchema("details", "school"), {
      schoolUrn: "12",
      schoolPhase: "secondary",
    });
    expect(parsed.ok ? {} : parsed.errors).toEqual({
      schoolUrn: "The school reference number must be 6 digits, like 103456",
    });
  });

  test("the person's page asks for a name and a real email address, and nothing else", () => {
    const parsed = parseForm(signUpStepSchema("you", "sme"), { name: "", email: "nope" });
    expect(Object.keys(parsed.ok ? {} : parsed.errors)).toEqual(["name", "email"]);
  });
});
