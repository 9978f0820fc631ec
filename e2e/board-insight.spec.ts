import { expectNoA11yViolations, expectNoHorizontalScrollAt320 } from "./a11y";
import { createUser, expect, test } from "./fixtures";
import { seedCheck } from "./mentoring-helpers";

test("a board member sees where the hidden middle is: a chart and a table with the same numbers", async ({
  page,
  signInShared,
}) => {
  // Twelve businesses in Walsall score low on workforce skills: enough to be shown (5 or more),
  // and more than most areas other tests fill, so it is not the group hidden beside a small one.
  // Their checks are from last week: the board counts up to the end of the last complete week.
  const lastWeek = new Date(Date.now() - 8 * 86_400_000);
  for (let i = 0; i < 12; i++) {
    const sme = await createUser("sme", { organisation: { localAuthority: "walsall" } });
    await seedCheck(sme.organisationId, { workforce: 20 }, lastWeek);
  }
  await signInShared(page, "board");
  await page.goto("/board");

  const chart = page.getByRole("img", {
    name: "Businesses scoring low on workforce digital skills, by area",
  });
  await expect(chart).toBeVisible();
  const table = page.getByRole("table", { name: "Businesses scoring low, by area" });
  const walsall = table.getByRole("row", { name: /^Walsall/ });
  // The chart is an image named by its title and its numbers (charts.tsx).
  // Cells after the row header: businesses, then one per dimension; workforce is the third dimension.
  const workforceLow = Number(await walsall.getByRole("cell").nth(3).textContent());
  expect(workforceLow).toBeGreaterThanOrEqual(12);
  await expect(chart).toHaveAccessibleName(new RegExp(`Walsall: ${workforceLow} businesses`));

  await expectNoA11yViolations(page, "board page with the workforce chart");
  await expectNoHorizontalScrollAt320(page);
});
