import { zodResolver } from "@hookform/resolvers/zod";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import { currentBank, questionsFor } from "./question-bank";
import { messages, sectionSchema, sectionValuesFromFormData } from "./section-form";

const bank = currentBank;
const cyber = sectionSchema(bank, "cyber");
const protection = questionsFor(bank, "cyber").find((q) => q.id === "cyber-protection")!;

const completeCyber = {
  "cyber-two-step": "3",
  "cyber-updates": "yes",
  "cyber-passwords": "partly",
  "cyber-leavers": "no",
  "cyber-protection": ["antivirus", "firewall"],
};

/** The values with one question left unanswered. */
function without(values: Record<string, unknown>, id: string): Record<string, unknown> {
  const copy = { ...values };
  delete copy[id];
  return copy;
}

function errorsFor(values: unknown): Record<string, string[] | undefined> {
  const result = cyber.safeParse(values);
  if (result.success) throw new Error("expected the section to be refused");
  return z.flattenError(result.error).fieldErrors;
}

describe("sectionSchema", () => {
  test("has one field per question in the section", () => {
    expect(Object.keys(cyber.shape)).toEqual(questionsFor(bank, "cyber").map((q) => q.id));
  });

  test("accepts a complete section", () => {
    expect(cyber.parse(completeCyber)).toEqual(completeCyber);
  });

  test("a missing answer names the question, without its question mark", () => {
    expect(errorsFor(without(completeCyber, "cyber-updates"))).toEqual({
      "cyber-updates": [
        "Select an answer for: Do your phones, computers and apps update themselves",
      ],
    });
  });

  test("an answer that is not one of the options is refused with the same message", () => {
    expect(errorsFor({ ...completeCyber, "cyber-two-step": "6" })["cyber-two-step"]).toEqual([
      "Select an answer for: Do you use two-step sign-in for important accounts",
    ]);
  });

  test("nothing ticked on a select-all question asks for 'None of these' and names the question", () => {
    expect(errorsFor({ ...completeCyber, "cyber-protection": [] })["cyber-protection"]).toEqual([
      "Select all that apply, or 'None of these', for: Which of these do you have in place",
    ]);
  });

  test("every message on an empty page names its own question, so no two are the same", () => {
    for (const dimension of [
      "strategy",
      "readiness",
      "workforce",
      "data",
      "automation",
      "cyber",
    ] as const) {
      const result = sectionSchema(bank, dimension).safeParse(
        sectionValuesFromFormData(bank, dimension, new FormData()),
      );
      if (result.success) throw new Error("expected the empty section to be refused");
      const listed = result.error.issues.map((issue) => issue.message);
      expect(listed).toHaveLength(questionsFor(bank, dimension).length);
      expect(new Set(listed).size).toBe(listed.length);
      for (const question of questionsFor(bank, dimension))
        expect(listed.some((m) => m.endsWith(question.text.replace(/\?+$/, "")))).toBe(true);
    }
  });

  test("a select-all question left out entirely is refused in the same words", () => {
    expect(errorsFor(without(completeCyber, "cyber-protection"))["cyber-protection"]).toEqual([
      messages.selectAllEmpty(protection),
    ]);
  });

  test("'None of these' must be chosen on its own", () => {
    expect(
      errorsFor({ ...completeCyber, "cyber-protection": ["none", "antivirus"] })[
        "cyber-protection"
      ],
    ).toEqual([
      "Select 'None of these' on its own, or the things you use, for: Which of these do you have in place",
    ]);
  });

  test("'None of these' on its own is accepted", () => {
    expect(
      cyber.parse({ ...completeCyber, "cyber-protection": ["none"] })["cyber-protection"],
    ).toEqual(["none"]);
  });

  test("a single ticked box sent as a string becomes a list", () => {
    expect(
      cyber.parse({ ...completeCyber, "cyber-protection": "antivirus" })["cyber-protection"],
    ).toEqual(["antivirus"]);
  });

  test("a box ticked twice is kept once", () => {
    expect(
      cyber.parse({ ...completeCyber, "cyber-protection": ["firewall", "firewall"] })[
        "cyber-protection"
      ],
    ).toEqual(["firewall"]);
  });

  test("an unknown option on a select-all question is refused", () => {
    expect(
      errorsFor({ ...completeCyber, "cyber-protection": ["moat"] })["cyber-protection"],
    ).toEqual([messages.unknownChoice(protection)]);
  });

  test("answers for other sections are dropped", () => {
    expect(cyber.parse({ ...completeCyber, "strategy-plan": "5" })).not.toHaveProperty(
      "strategy-plan",
    );
  });

  test("the browser's resolver gives the same messages as the server", async () => {
    const resolver = zodResolver(cyber);
    const values = { ...without(completeCyber, "cyber-updates"), "cyber-protection": false };
    const result = await resolver(values, undefined, {
      fields: {},
      shouldUseNativeValidation: false,
    });
    expect(result.errors["cyber-updates"]?.message).toBe(
      "Select an answer for: Do your phones, computers and apps update themselves",
    );
    expect(result.errors["cyber-protection"]?.message).toBe(messages.selectAllEmpty(protection));
  });
});

describe("sectionValuesFromFormData", () => {
  test("reads single answers and every ticked box", () => {
    const form = new FormData();
    form.set("cyber-two-step", "3");
    form.set("cyber-updates", "yes");
    form.set("cyber-passwords", "partly");
    form.set("cyber-leavers", "no");
    form.append("cyber-protection", "antivirus");
    form.append("cyber-protection", "firewall");
    const values = sectionValuesFromFormData(bank, "cyber", form);
    expect(values).toEqual(completeCyber);
    expect(cyber.safeParse(values).success).toBe(true);
  });

  test("a select-all question with nothing ticked becomes an empty list; an unchosen answer is left out", () => {
    expect(sectionValuesFromFormData(bank, "cyber", new FormData())).toEqual({
      "cyber-protection": [],
    });
  });

  test("ignores fields from other sections", () => {
    const form = new FormData();
    form.set("strategy-plan", "5");
    form.set("cyber-updates", "yes");
    expect(sectionValuesFromFormData(bank, "cyber", form)).toEqual({
      "cyber-updates": "yes",
      "cyber-protection": [],
    });
  });
});
