// Reference data of the region (PRODUCT.md "Reference data"). Ids are stored in
// the database: add, never rename.

export const localAuthorities = [
  { id: "birmingham", name: "Birmingham" },
  { id: "coventry", name: "Coventry" },
  { id: "dudley", name: "Dudley" },
  { id: "sandwell", name: "Sandwell" },
  { id: "solihull", name: "Solihull" },
  { id: "walsall", name: "Walsall" },
  { id: "wolverhampton", name: "Wolverhampton" },
  { id: "elsewhere", name: "Elsewhere in the West Midlands" },
] as const;
export type LocalAuthorityId = (typeof localAuthorities)[number]["id"];
export const localAuthorityIds = localAuthorities.map((la) => la.id) as [
  LocalAuthorityId,
  ...LocalAuthorityId[],
];

export const sizeBands = [
  { id: "micro", name: "Micro (0 to 9 staff)" },
  { id: "small", name: "Small (10 to 49 staff)" },
  { id: "medium", name: "Medium (50 to 249 staff)" },
  { id: "large", name: "Large (250 staff or more)" },
] as const;
export type SizeBandId = (typeof sizeBands)[number]["id"];
export const sizeBandIds = sizeBands.map((s) => s.id) as [SizeBandId, ...SizeBandId[]];

// UK SIC 2007 sections A to U, by plain names.
export const sectors = [
  { id: "A", name: "Farming, forestry and fishing" },
  { id: "B", name: "Mining and quarrying" },
  { id: "C", name: "Manufacturing" },
  { id: "D", name: "Energy supply" },
  { id: "E", name: "Water, waste and recycling" },
  { id: "F", name: "Construction" },
  { id: "G", name: "Shops, wholesale and vehicle repair" },
  { id: "H", name: "Transport and storage" },
  { id: "I", name: "Hotels, cafes and restaurants" },
  { id: "J", name: "Information and communication" },
  { id: "K", name: "Finance and insurance" },
  { id: "L", name: "Property" },
  { id: "M", name: "Professional, scientific and technical services" },
  { id: "N", name: "Office and support services" },
  { id: "O", name: "Public administration and defence" },
  { id: "P", name: "Education" },
  { id: "Q", name: "Health and social care" },
  { id: "R", name: "Arts, entertainment and leisure" },
  { id: "S", name: "Other services" },
  { id: "T", name: "Households as employers" },
  { id: "U", name: "International organisations" },
] as const;
export type SectorId = (typeof sectors)[number]["id"];
export const sectorIds = sectors.map((s) => s.id) as [SectorId, ...SectorId[]];

export const schoolPhases = [
  { id: "secondary", name: "Secondary school" },
  { id: "sixth-form", name: "Sixth form" },
  { id: "college", name: "Further education college" },
  { id: "special", name: "Special school" },
  { id: "all-through", name: "All-through school" },
] as const;
export type SchoolPhaseId = (typeof schoolPhases)[number]["id"];
export const schoolPhaseIds = schoolPhases.map((s) => s.id) as [SchoolPhaseId, ...SchoolPhaseId[]];

function nameLookup<T extends { id: string; name: string }>(list: readonly T[]) {
  const map = new Map(list.map((item) => [item.id, item.name]));
  return (id: string | null | undefined) => (id ? (map.get(id) ?? id) : "");
}

export const localAuthorityName = nameLookup(localAuthorities);
export const sizeBandName = nameLookup(sizeBands);
export const sectorName = nameLookup(sectors);
export const schoolPhaseName = nameLookup(schoolPhases);

/** Rough size band from a staff count, used by seeds and imports. */
export function sizeBandForStaff(staff: number): SizeBandId {
  if (staff < 10) return "micro";
  if (staff < 50) return "small";
  if (staff < 250) return "medium";
  return "large";
}
