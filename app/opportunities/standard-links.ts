/** The new-vacancy page with a standard from the national list filled in. */
export function newVacancyWithStandard(standardId: string): string {
  return `/postings/apprenticeships/new?standard=${encodeURIComponent(standardId)}`;
}
