import { describe, expect, test } from "vitest";
import { apprenticeshipFilters, ftsQuery, placementFilters } from "./search";

describe("ftsQuery", () => {
  test("quotes each word as a prefix term", () => {
    expect(ftsQuery("Digital marketing")).toBe('"digital"* "marketing"*');
  });

  test("nothing to search for gives no query", () => {
    expect(ftsQuery("")).toBeNull();
    expect(ftsQuery("   ")).toBeNull();
    expect(ftsQuery('"*()')).toBeNull();
    expect(ftsQuery(null)).toBeNull();
  });

  test("FTS5 syntax typed into the box is only words", () => {
    expect(ftsQuery('title:bake* OR "x" NEAR(a b) -c')).toBe(
      '"title"* "bake"* "or"* "x"* "near"* "a"* "b"* "c"*',
    );
    expect(ftsQuery("<script>alert(1)</script>")).toBe('"script"* "alert"* "1"*');
  });

  test("keeps accented letters, drops repeats and stops at 8 words", () => {
    expect(ftsQuery("café café")).toBe('"café"*');
    expect(ftsQuery("a b c d e f g h i j")?.split(" ")).toHaveLength(8);
  });
});

describe("filters from the query string", () => {
  test("one employer's apprenticeships: an id as the database makes them, nothing else", () => {
    const id = "cmabcdefghijklmnopqrstuvw";
    expect(apprenticeshipFilters(new URLSearchParams({ employer: id })).employer).toBe(id);
    expect(
      apprenticeshipFilters(new URLSearchParams({ employer: "x' OR 1=1" })).employer,
    ).toBeUndefined();
  });

  test("several levels at once, each once, in level order; unknown ones are ignored", () => {
    expect(
      apprenticeshipFilters(new URLSearchParams("level=6&level=2&level=9&level=2")).levels,
    ).toEqual([2, 6]);
  });

  test("apprenticeship filters keep known values and ignore the rest", () => {
    const f = apprenticeshipFilters(
      new URLSearchParams("q=web&route=digital&level=3&la=coventry&wage=fixed&sort=newest&page=2"),
    );
    expect(f).toEqual({
      q: "web",
      route: "digital",
      levels: [3],
      la: "coventry",
      wage: "fixed",
      sort: "newest",
      page: 2,
    });
    const bad = apprenticeshipFilters(
      new URLSearchParams("route=space&level=9&la=paris&wage=lots&sort=x&page=-1"),
    );
    expect(bad).toEqual({
      q: "",
      route: undefined,
      levels: [],
      la: undefined,
      wage: undefined,
      sort: "closing",
      page: 1,
    });
  });

  test("best match is the default with keywords, closing soonest without", () => {
    expect(apprenticeshipFilters(new URLSearchParams("q=web")).sort).toBe("relevance");
    expect(apprenticeshipFilters(new URLSearchParams("sort=relevance")).sort).toBe("closing");
  });

  test("placement filters read dates, year groups and format", () => {
    const f = placementFilters(
      new URLSearchParams(
        "q=print&sector=C&la=dudley&from=2027-03-01&to=31/3/2027&year=10&format=virtual",
      ),
    );
    expect(f).toEqual({
      q: "print",
      sector: "C",
      la: "dudley",
      from: "2027-03-01",
      to: "2027-03-31",
      year: "10",
      format: "virtual",
      sort: "relevance",
      page: 1,
    });
    expect(placementFilters(new URLSearchParams("from=nonsense&year=7")).from).toBeUndefined();
  });

  test("placements: best match with keywords, starting soonest without; the online tick box", () => {
    const read = (query: string) => placementFilters(new URLSearchParams(query));
    expect(read("q=print").sort).toBe("relevance");
    expect(read("sort=relevance").sort).toBe("starting");
    expect(read("sort=newest").sort).toBe("newest");
    expect(read("sort=nonsense").sort).toBe("starting");
    expect(read("hideOnline=on").hideOnline).toBe(true);
    expect(read("hideOnline=true").hideOnline).toBe(true);
    expect(read("hideOnline=no").hideOnline).toBeUndefined();
  });
});
