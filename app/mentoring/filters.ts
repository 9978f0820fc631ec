import { localAuthorityIds } from "~/organisations/reference-data";
import { dimensionIds, isDimensionId } from "~/readiness/dimensions";
import { unknownFilterValues } from "~/forms/filter-params";

/** Reads the GET filters; an unknown value is left out and named in `problems` (the page answers 400). */
export function readFilters(url: URL) {
  const dimension = url.searchParams.get("dimension") ?? "";
  const format = url.searchParams.get("format") ?? "";
  const area = url.searchParams.get("area") ?? "";
  const filters = {
    dimension: isDimensionId(dimension) ? dimension : null,
    format: format === "online" || format === "in-person" ? format : null,
    localAuthority: (localAuthorityIds as readonly string[]).includes(area) ? area : null,
  } as const;
  return {
    filters,
    problems: unknownFilterValues(url.searchParams, {
      dimension: { allowed: dimensionIds, what: "area of help" },
      format: { allowed: ["online", "in-person"], what: "way of meeting" },
      area: { allowed: localAuthorityIds, what: "area" },
    }),
    values: {
      dimension: filters.dimension ?? "",
      format: filters.format ?? "",
      area: filters.localAuthority ?? "",
    },
  };
}
