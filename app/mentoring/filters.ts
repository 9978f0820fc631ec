import { isDimensionId } from "~/readiness/dimensions";
import { localAuthorityIds } from "~/organisations/reference-data";

/** Reads the GET filters; anything unknown is ignored, never an error. */
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
    values: {
      dimension: filters.dimension ?? "",
      format: filters.format ?? "",
      area: filters.localAuthority ?? "",
    },
  };
}
