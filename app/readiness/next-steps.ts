// Every gap leads somewhere inside the portal (PRODUCT.md §1 "Next steps from gaps").
import { dimensionInSentence, type DimensionId } from "./dimensions";

/**
 * Apprenticeship standards that build workforce digital skills in-house, from
 * the national list (Institute for Apprenticeships and Technical Education).
 */
export const workforceApprenticeships = [
  { name: "Digital support technician", level: 3 },
  { name: "Information communications technician", level: 3 },
  { name: "Data technician", level: 3 },
  { name: "Business administrator", level: 3 },
  { name: "Multi-channel marketer", level: 3 },
] as const;

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
