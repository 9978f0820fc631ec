import { describe, expect, test } from "vitest";
import { makeUser } from "../../tests/factories";
import { deleteSearchAlert, listSearchAlerts, saveSearchAlert } from "./search-alerts.server";
import { MAX_SEARCH_ALERTS } from "./search-alerts";

describe("saved searches", () => {
  test("a person saves, lists and deletes their own searches; nobody else's", async () => {
    const school = await makeUser("school", { verified: true });
    const other = await makeUser("school", { verified: true });
    const saved = await saveSearchAlert(school, {
      name: "Year 10 in Dudley",
      kind: "placements",
      query: "la=dudley&year=10",
    });
    if (saved.status !== "done") throw new Error("not saved");
    expect((await listSearchAlerts(school)).map((a) => [a.name, a.path])).toEqual([
      ["Year 10 in Dudley", "/placements?la=dudley&year=10"],
    ]);
    expect(await listSearchAlerts(other)).toEqual([]);
    expect(await deleteSearchAlert(other, saved.value.id)).toEqual({ status: "not-found" });
    expect(await deleteSearchAlert(school, saved.value.id)).toEqual({ status: "done" });
    expect(await listSearchAlerts(school)).toEqual([]);
  });

  test(`no more than ${MAX_SEARCH_ALERTS} per person`, async () => {
    const school = await makeUser("school", { verified: true });
    for (let i = 0; i < MAX_SEARCH_ALERTS; i++) {
      await saveSearchAlert(school, { name: `Search ${i}`, kind: "placements", query: "" });
    }
    expect(
      await saveSearchAlert(school, { name: "One more", kind: "apprenticeships", query: "" }),
    ).toMatchObject({ status: "refused" });
  });
});
