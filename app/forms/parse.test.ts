import { describe, expect, test } from "vitest";
import { z } from "zod";
import { fieldErrorsFrom, fieldOrderOf, formDataToValues, parseForm, withoutEmpty } from "./parse";

const schema = z
  .object({
    first: z.string().min(1, "Enter the first").min(2, "Too short"),
    second: z.string().min(1, "Enter the second"),
  })
  .superRefine((_, ctx) =>
    ctx.addIssue({ code: "custom", path: ["first"], message: "Cross-field" }),
  )
  .superRefine((_, ctx) => ctx.addIssue({ code: "custom", message: "The whole form is wrong" }), {
    when: () => true,
  });

const parsed = schema.safeParse({ first: "", second: "" });
if (parsed.success) throw new Error("the example form should fail");
const error = parsed.error;

describe("field errors", () => {
  test("each field shows only its first message", () => {
    expect(fieldErrorsFrom(error).first).toBe("Enter the first");
  });

  test("messages that belong to no field are filed under form", () => {
    expect(fieldErrorsFrom(error).form).toBe("The whole form is wrong");
  });

  test("with the field order given, errors come out in page order", () => {
    expect(Object.keys(fieldErrorsFrom(error, ["second", "first"]))).toEqual([
      "second",
      "first",
      "form",
    ]);
  });

  test("a problem inside a field (one item of a list) is the field's", () => {
    const list = z.object({
      areas: z.array(z.enum(["a", "b"], { error: "Choose from the list" })),
    });
    const result = list.safeParse({ areas: ["a", "x"] });
    expect(result.success ? {} : fieldErrorsFrom(result.error)).toEqual({
      areas: "Choose from the list",
    });
  });

  test("rules that passed leave no key behind", () => {
    const errors = withoutEmpty({ title: undefined, places: "There must be at least 1 place" });
    expect(errors).toEqual({ places: "There must be at least 1 place" });
    expect(withoutEmpty({ title: undefined })).toEqual({});
  });
});

describe("the order of a form's fields", () => {
  test("is the order they are written in, through refinements and transforms", () => {
    const form = z
      .object({ b: z.string(), a: z.string() })
      .superRefine(() => undefined)
      .transform((v) => v);
    expect(fieldOrderOf(form)).toEqual(["b", "a"]);
  });

  test("covers every form of a page with several (a union on intent)", () => {
    const page = z.discriminatedUnion("intent", [
      z.object({ intent: z.literal("one"), x: z.string() }),
      z.object({ intent: z.literal("two"), y: z.string() }),
    ]);
    expect(fieldOrderOf(page)).toEqual(["intent", "x", "y"]);
    expect(fieldOrderOf(z.object({ a: z.string() }).and(z.object({ b: z.string() })))).toEqual([
      "a",
      "b",
    ]);
  });
});

describe("reading a form", () => {
  test("a field posted once is a string, several times a list", () => {
    const form = new FormData();
    form.append("title", "Hello");
    form.append("areas", "a");
    form.append("areas", "b");
    expect(formDataToValues(form)).toEqual({ title: "Hello", areas: ["a", "b"] });
  });

  test("a cross-field error is listed where its field is on the page", () => {
    const form = z
      .object({ first: z.string(), second: z.string().min(1, "Enter the second") })
      .superRefine(
        (_, ctx) =>
          ctx.addIssue({ code: "custom", path: ["first"], message: "Not with that second" }),
        {
          when: () => true,
        },
      );
    const result = parseForm(form, { first: "x", second: "" });
    expect(result.ok ? [] : Object.keys(result.errors)).toEqual(["first", "second"]);
  });

  test("a failed form never echoes a password", () => {
    const form = z.object({ password: z.string().min(8, "Too short") });
    const result = parseForm(form, { password: "short" });
    expect(result.values).toEqual({});
  });
});
