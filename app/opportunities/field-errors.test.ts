import { expect, test } from "vitest";
import { z } from "zod";
import { fieldErrorsFromZod, hasErrors, withoutEmpty } from "./field-errors";

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

test("each field shows only its first message", () => {
  expect(fieldErrorsFromZod(error).first).toBe("Enter the first");
});

test("messages that belong to no field are filed under form", () => {
  expect(fieldErrorsFromZod(error).form).toBe("The whole form is wrong");
});

test("with the field order given, errors come out in page order", () => {
  expect(Object.keys(fieldErrorsFromZod(error, ["second", "first"]))).toEqual([
    "second",
    "first",
    "form",
  ]);
});

test("rules that passed leave no key behind", () => {
  const errors = withoutEmpty({ title: undefined, places: "There must be at least 1 place" });
  expect(errors).toEqual({ places: "There must be at least 1 place" });
  expect(hasErrors(errors)).toBe(true);
  expect(hasErrors(withoutEmpty({ title: undefined }))).toBe(false);
});
