// An organisation's verification by partnership staff.
export const verificationStatuses = ["unverified", "verified", "declined", "revoked"] as const;
export type VerificationStatus = (typeof verificationStatuses)[number];

export const verificationLabels: Record<
  VerificationStatus,
  { label: string; colour: "grey" | "green" | "red" }
> = {
  unverified: { label: "Waiting to be checked", colour: "grey" },
  verified: { label: "Checked", colour: "green" },
  declined: { label: "Not accepted", colour: "red" },
  revoked: { label: "Check taken back", colour: "red" },
};
