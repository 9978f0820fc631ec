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

/** The lists staff choose between, by the words in the URL (?status=…). */
export const statusLists = [
  { id: "waiting", status: "unverified", name: "Waiting" },
  { id: "verified", status: "verified", name: "Checked" },
  { id: "declined", status: "declined", name: "Not accepted" },
  { id: "revoked", status: "revoked", name: "Check taken back" },
] as const satisfies readonly { id: string; status: VerificationStatus; name: string }[];

export type StatusList = (typeof statusLists)[number];

export function statusListFrom(value: string | null): StatusList {
  return statusLists.find((list) => list.id === value) ?? statusLists[0];
}
