import { describe, expect, it } from "vitest";
import { dateBounds, describeFilters, filtersToSearch, trendMonths } from "./filters";
import { parseInsightFilters } from "./filter-schema";

const parse = (query: string) => parseInsightFilters(new URLSearchParams(query));

describe("insight filters", () => {
  it("reads dates, area, sector, size and breakdown", () => {
    expect(
      parse("from=2026-01-01&to=2026-03-31&la=coventry&sector=C&size=small&by=sector"),
    ).toEqual({
      filters: {
        from: "2026-01-01",
        to: "2026-03-31",
        localAuthority: "coventry",
        sector: "C",
        sizeBand: "small",
        by: "sector",
      },
      errors: {},
    });
  });

  it("leaves out unknown choices, says so, and reports wrong dates", () => {
    const { filters, errors } = parse("from=2026-02-30&la=paris&sector=ZZ&size=huge&by=nonsense");
    expect(filters).toEqual({ by: "la" });
    expect(errors.from).toMatch(/real date/);
    expect(errors.la).toBe("We do not know that local authority, so all areas are shown");
    expect(errors.sector).toMatch(/do not know that sector/);
    expect(errors.size).toMatch(/do not know that size band/);
    expect(errors.by).toMatch(/do not know that breakdown/);
  });

  it("bounds dates to a sane range, so a far year cannot make a huge trend", () => {
    for (const to of ["9999-12-31", "+010000-01-01", "2200-01-01", "1899-12-31"]) {
      expect(parse(`to=${to}`).filters.to).toBeUndefined();
      expect(parse(`to=${to}`).errors.to).toMatch(/real date/);
    }
    const started = performance.now();
    const months = trendMonths(parse("from=1900-01-01&to=2199-12-31").filters, new Date());
    expect(months).toHaveLength(36);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it("refuses an end date before the start date", () => {
    const { filters, errors } = parse("from=2026-03-01&to=2026-01-01");
    expect(errors.to).toMatch(/after the start date/);
    expect(filters.from).toBeUndefined();
  });

  it("round-trips through the query string", () => {
    const { filters } = parse("to=2026-03-31&size=micro&by=size");
    expect(filtersToSearch(filters)).toBe("?to=2026-03-31&size=micro&by=size");
    expect(filtersToSearch({ by: "la" })).toBe("");
  });

  it("makes inclusive day bounds in the stored date format", () => {
    expect(dateBounds({ from: "2026-01-01", to: "2026-01-31" })).toEqual({
      start: "2026-01-01T00:00:00.000+00:00",
      end: "2026-02-01T00:00:00.000+00:00",
    });
  });

  it("bounds are London days: in summer a day starts at 23:00 UTC the evening before", () => {
    expect(dateBounds({ from: "2026-04-01", to: "2026-04-30" })).toEqual({
      start: "2026-03-31T23:00:00.000+00:00",
      end: "2026-04-30T23:00:00.000+00:00",
    });
    // Across the October clock change: from a summer day to a winter one.
    expect(dateBounds({ from: "2026-10-25", to: "2026-10-25" })).toEqual({
      start: "2026-10-24T23:00:00.000+00:00",
      end: "2026-10-26T00:00:00.000+00:00",
    });
  });

  it("trends cover the last 12 months by default, and at most 36", () => {
    const now = new Date("2026-11-22T10:00:00Z");
    const months = trendMonths({}, now);
    expect(months).toHaveLength(12);
    expect(months[0]).toBe("2025-12");
    expect(months[11]).toBe("2026-11");
    expect(trendMonths({ from: "2020-01-01", to: "2026-11-01" }, now)).toHaveLength(36);
  });

  it("describes the filters in words", () => {
    expect(describeFilters({ by: "la" })).toBe("all dates");
    expect(describeFilters({ by: "la", from: "2026-01-01", localAuthority: "coventry" })).toBe(
      "from 1 January 2026 to today, Coventry",
    );
    expect(describeFilters({ by: "la", to: "2025-12-31" })).toBe("up to 31 December 2025");
    expect(describeFilters({ by: "la", from: "2026-01-01", to: "2026-03-31" })).toBe(
      "from 1 January 2026 to 31 March 2026",
    );
  });
});
