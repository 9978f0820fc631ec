import { describe, expect, test } from "vitest";
import { at } from "../../tests/at";
import { bands, dimensionIds, edsAreaIds } from "./dimensions";
import {
  NONE_VALUE,
  currentBank,
  getBank,
  questionBanks,
  questionsFor,
  sectionOrder,
} from "./question-bank";
import { maxPoints } from "./scoring";

const banks = Object.values(questionBanks);

describe("every published question bank", () => {
  test.each(banks.map((bank) => [bank.version, bank] as const))("%s", (_version, bank) => {
    const ids = bank.questions.map((question) => question.id);
    expect(new Set(ids).size, "question ids are unique").toBe(ids.length);
    // Ids become form field names; a dot would nest the field in react-hook-form.
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);

    expect(bank.questions.length).toBeGreaterThanOrEqual(24);
    expect(bank.questions.length).toBeLessThanOrEqual(36);
    for (const dimension of dimensionIds) {
      const count = questionsFor(bank, dimension).length;
      expect(count, `${dimension} has 4–6 questions`).toBeGreaterThanOrEqual(4);
      expect(count, `${dimension} has 4–6 questions`).toBeLessThanOrEqual(6);
    }

    for (const question of bank.questions) {
      const values = question.options.map((option) => option.value);
      expect(new Set(values).size, `${question.id} option values are unique`).toBe(values.length);
      expect(maxPoints(question), `${question.id} can score points`).toBeGreaterThan(0);
      expect(question.text.trim(), `${question.id} has text`).not.toBe("");
      expect(question.help.trim().length, `${question.id} has help text`).toBeGreaterThan(20);
    }
  });
});

describe("the 2026.2 bank", () => {
  test("is the current bank", () => {
    expect(currentBank).toBe(getBank("2026.2"));
    expect(currentBank.version).toBe("2026.2");
  });

  test("asks 2026.1's questions in other words: same ids, options, points and recommendations", () => {
    const earlier = getBank("2026.1");
    const shape = (bank: typeof earlier) =>
      bank.questions.map(({ id, dimension, style, eds, options }) => ({
        id,
        dimension,
        style,
        eds,
        options,
      }));
    expect(shape(currentBank)).toEqual(shape(earlier));
    expect(currentBank.recommendations).toEqual(earlier.recommendations);
    expect(
      currentBank.questions.filter((q, i) => q.help !== earlier.questions[i]?.help),
    ).toHaveLength(12);
  });
});

describe("the 2026.1 bank", () => {
  const bank = getBank("2026.1");

  test("mixes all three answer styles", () => {
    const styles = new Set(bank.questions.map((question) => question.style));
    expect(styles).toEqual(new Set(["scale", "yes-partly-no", "multi"]));
  });

  test("scale questions use the 0–5 adoption scale", () => {
    for (const question of bank.questions.filter((q) => q.style === "scale")) {
      expect(question.options).toEqual([
        { value: "0", label: "Not used", points: 0 },
        { value: "1", label: "Thinking about it", points: 1 },
        { value: "2", label: "Trying it out", points: 2 },
        { value: "3", label: "Partly in place", points: 3 },
        { value: "4", label: "In place", points: 4 },
        { value: "5", label: "Fully part of how we work", points: 5 },
      ]);
    }
  });

  test("yes / partly / no questions score 2, 1 and 0", () => {
    for (const question of bank.questions.filter((q) => q.style === "yes-partly-no")) {
      expect(question.options).toEqual([
        { value: "yes", label: "Yes", points: 2 },
        { value: "partly", label: "Partly", points: 1 },
        { value: "no", label: "No", points: 0 },
      ]);
    }
  });

  test("every select-all question ends with 'None of these' worth 0", () => {
    for (const question of bank.questions.filter((q) => q.style === "multi")) {
      const last = question.options.at(-1);
      expect(last).toEqual({ value: NONE_VALUE, label: "None of these", points: 0 });
      expect(question.options.filter((option) => option.value === NONE_VALUE)).toHaveLength(1);
      const others = question.options.slice(0, -1);
      expect(others.length).toBeGreaterThanOrEqual(2);
      for (const option of others) expect(option.points).toBeGreaterThan(0);
    }
  });

  test("the workforce dimension asks one question per Essential Digital Skills area", () => {
    const workforce = questionsFor(bank, "workforce");
    expect(workforce.map((question) => question.eds).sort()).toEqual([...edsAreaIds].sort());
  });

  test("only workforce questions are tagged with an EDS area", () => {
    for (const question of bank.questions.filter((q) => q.dimension !== "workforce")) {
      expect(question.eds).toBeUndefined();
    }
  });

  test("every dimension and band has two or three next steps", () => {
    for (const dimension of dimensionIds) {
      for (const band of bands) {
        const steps = bank.recommendations[dimension][band];
        expect(steps.length, `${dimension} / ${band}`).toBeGreaterThanOrEqual(2);
        expect(steps.length, `${dimension} / ${band}`).toBeLessThanOrEqual(3);
        for (const step of steps) expect(step).toMatch(/^[A-Z].*\.$/);
      }
    }
  });

  test("questions are short enough to read easily", () => {
    for (const question of bank.questions) {
      expect(question.text, question.id).toMatch(/\?$/);
      expect(question.text.split(/\s+/).length, question.id).toBeLessThanOrEqual(14);
    }
  });

  test("cannot be changed once published, so old results stay readable", () => {
    expect(Object.isFrozen(bank)).toBe(true);
    expect(Object.isFrozen(at(at(bank.questions, 0).options, 0))).toBe(true);
    expect(Object.isFrozen(bank.recommendations.cyber.Starting)).toBe(true);
    expect(() => {
      at(bank.questions, 0).text = "Changed?";
    }).toThrow(TypeError);
  });
});

describe("getBank", () => {
  test("an unknown version is a clear error", () => {
    expect(() => getBank("1999.1")).toThrow('Unknown question bank version "1999.1"');
  });

  test("names of built-in object properties are not versions", () => {
    expect(() => getBank("constructor")).toThrow(/Unknown question bank version/);
    expect(() => getBank("__proto__")).toThrow(/Unknown question bank version/);
  });
});

test("sections are shown in the order of the dimensions", () => {
  expect(sectionOrder).toEqual([...dimensionIds]);
});
