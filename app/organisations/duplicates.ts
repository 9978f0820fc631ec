// One organisation, one account group (issue 13, decision 033): the rules that
// say a new sign-up may be an organisation that is already on SkillsBridge.
// Pure, so sign-up and the staff page judge the same way.

/** Why an existing organisation may be the same as a new one. */
export type DuplicateReason = "school-reference" | "companies-house" | "similar-name";

export const duplicateReasonText: Record<DuplicateReason, string> = {
  "school-reference": "has the same school reference number",
  "companies-house": "has the same Companies House number",
  "similar-name": "has a very similar name in the same area",
};

/** Words that do not tell two organisations apart ("Acme Ltd" is "Acme Limited"). */
const fillerWords = new Set(["the", "ltd", "limited", "plc", "llp", "uk", "co", "company", "and"]);

/** A name as compared: lower case, "&" as "and", no punctuation or filler words. */
export function comparableName(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, " ")
    .split(" ")
    .filter((word) => word !== "" && !fillerWords.has(word))
    .join(" ");
}

/** The fewest one-letter changes that turn `a` into `b` (Levenshtein distance). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * Are these two names very likely the same organisation? The same words once
 * case, punctuation and "Ltd"-like words are gone, or a typing slip apart: one
 * change in a short name, two in a name of 12 letters or more. Short names
 * ("ABC") must match exactly, or every three-letter firm would look alike.
 */
export function similarNames(a: string, b: string): boolean {
  const left = comparableName(a);
  const right = comparableName(b);
  if (left === "" || right === "") return false;
  if (left === right) return true;
  const shorter = Math.min(left.length, right.length);
  if (shorter < 6) return false;
  return editDistance(left, right) <= (shorter >= 12 ? 2 : 1);
}

/**
 * A Companies House number as stored: 8 characters, upper case, no spaces.
 * People often leave out the leading zeros of an all-number one: "1234567" is
 * "01234567". Null when it cannot be one (2 letters and 6 digits, or 8 digits).
 */
export function companiesHouseNumber(text: string): string | null {
  const compact = text.replace(/\s+/g, "").toUpperCase();
  if (/^\d{1,8}$/.test(compact)) return compact.padStart(8, "0");
  return /^[A-Z]{2}\d{6}$/.test(compact) ? compact : null;
}
