// The six readiness dimensions (PRODUCT.md §1), modelled on the EU Digital
// Maturity Assessment and the UK Essential Digital Skills framework. The ids are
// stored in the database (results, mentor tags, offer tags): never rename one.
export const dimensionIds = [
  "strategy",
  "readiness",
  "workforce",
  "data",
  "automation",
  "cyber",
] as const;

export type DimensionId = (typeof dimensionIds)[number];

export const dimensionNames: Record<DimensionId, string> = {
  strategy: "Digital strategy and leadership",
  readiness: "Digital readiness",
  workforce: "Workforce digital skills",
  data: "Data management",
  automation: "Automation and AI",
  cyber: "Cyber security",
};

// Essential Digital Skills for work areas, the "hidden middle" (workforce dimension).
export const edsAreaIds = [
  "communicating",
  "handling-information",
  "transacting",
  "problem-solving",
  "safe-and-legal",
] as const;

export type EdsAreaId = (typeof edsAreaIds)[number];

export const edsAreaNames: Record<EdsAreaId, string> = {
  communicating: "Communicating",
  "handling-information": "Handling information and content",
  transacting: "Transacting",
  "problem-solving": "Problem solving",
  "safe-and-legal": "Being safe and legal online",
};

/**
 * Which dimension each Essential Digital Skills area is a part of (decision 026).
 * The five areas are the five parts of workforce digital skills, so a mentor
 * tagged with one area covers one fifth of that gap, not all of it: only a
 * mentor tagged with the dimension itself covers the whole of it. Being safe
 * online at work is a staff skill here, not the firm's cyber security set-up.
 */
export const edsAreaDimension: Record<EdsAreaId, DimensionId> = {
  communicating: "workforce",
  "handling-information": "workforce",
  transacting: "workforce",
  "problem-solving": "workforce",
  "safe-and-legal": "workforce",
};

/** How many EDS areas make up a dimension (0 for a dimension with none). */
export function edsAreasOf(dimension: DimensionId): EdsAreaId[] {
  return edsAreaIds.filter((area) => edsAreaDimension[area] === dimension);
}

export function isDimensionId(value: unknown): value is DimensionId {
  return typeof value === "string" && (dimensionIds as readonly string[]).includes(value);
}

export const bands = ["Starting", "Developing", "Established", "Leading"] as const;
export type Band = (typeof bands)[number];

/** Bands: 0–25 Starting, 26–50 Developing, 51–75 Established, 76–100 Leading. */
export function bandFor(score: number): Band {
  if (score <= 25) return "Starting";
  if (score <= 50) return "Developing";
  if (score <= 75) return "Established";
  return "Leading";
}

/** A dimension's name inside a sentence: "automation and AI", keeping the capitals of AI. */
export function dimensionInSentence(dimension: DimensionId): string {
  const name = dimensionNames[dimension];
  return name.charAt(0).toLowerCase() + name.slice(1);
}
