// A placement's safeguarding answers, complete and valid, as they stand once
// the form is parsed: what the safeguarding schema gives for a good page and
// what the completeness rule accepts. No database here, so pure tests can use it.
export const completeSafeguarding = {
  insuranceConfirmed: true,
  insurer: "Midlands Mutual",
  insuranceExpiry: "2027-01-31",
  insuranceCoverPounds: 10_000_000,
  riskAssessmentReviewed: true,
  riskAssessmentWritten: "yes",
  dbsNeeded: "no",
  safeguardingContactName: "Sam Patel",
  safeguardingContactPhoneOrEmail: "0121 496 0000",
  staffCount: null,
} as const;
