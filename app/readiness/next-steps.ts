// Every gap leads somewhere inside the portal (PRODUCT.md §1 "Next steps from gaps").
import { dimensionInSentence, type DimensionId } from "./dimensions";

export type NextStepLink = { href: string; text: string };

/** Links for a weak dimension: mentors and offers for it, and for workforce skills, apprenticeships. */
export function nextStepsFor(dimension: DimensionId): NextStepLink[] {
  const name = dimensionInSentence(dimension);
  const links: NextStepLink[] = [
    { href: `/mentors?dimension=${dimension}`, text: `Find a mentor who helps with ${name}` },
    { href: `/offers?dimension=${dimension}`, text: `Find workshops and courses on ${name}` },
  ];
  if (dimension === "workforce") {
    links.push({
      href: "/postings/apprenticeships/new",
      text: "Post an apprenticeship to build these skills in your team",
    });
  }
  return links;
}
