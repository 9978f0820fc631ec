import type { Locator, Page } from "@playwright/test";

/** Types a day ("YYYY-MM-DD") into the GOV.UK date input labelled `label`, as a person would. */
export async function fillDate(scope: Page | Locator, label: string, iso: string) {
  const [year = "", month = "", day = ""] = iso.split("-");
  const group = scope.getByRole("group", { name: label, exact: true });
  await group.getByLabel("Day").fill(String(Number(day)));
  await group.getByLabel("Month").fill(String(Number(month)));
  await group.getByLabel("Year").fill(year);
}
