// Money is counted in whole pence so that wage rules never meet floating-point
// rounding (7.55 × 30 is 226.49999… in floating point, 755 × 30 is 22650).

const poundsWithPence = new Intl.NumberFormat("en-GB", {
  style: "currency",
  currency: "GBP",
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

const wholePounds = new Intl.NumberFormat("en-GB", {
  style: "currency",
  currency: "GBP",
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
});

/**
 * Pence from an amount typed in pounds ("300.50", "£1,250", "300.5"), or null
 * when it is not an amount. A "£" and thousands commas are allowed because
 * people type them; more than two decimal places is not an amount of money.
 */
export function parsePoundsToPence(text: string): number | null {
  const value = text
    .trim()
    .replace(/^£\s*/, "")
    .replace(/,(?=\d{3}(\D|$))/g, "");
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(value);
  if (!match) return null;
  const pence = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  return Number.isSafeInteger(pence) ? pence : null;
}

/** "300.50" from 30050: the form value for an amount in pence. */
export function penceToPoundsText(pence: number): string {
  const whole = Math.floor(pence / 100);
  return `${whole}.${String(pence - whole * 100).padStart(2, "0")}`;
}

/** "£240.00" */
export function formatPence(pence: number): string {
  return poundsWithPence.format(pence / 100);
}

/** "£5,000,000" */
export function formatWholePounds(pounds: number): string {
  return wholePounds.format(pounds);
}
