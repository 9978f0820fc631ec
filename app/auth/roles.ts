// The four kinds of user (PRODUCT.md). A user's role matches its organisation's kind.
export const roles = ["sme", "school", "board", "staff"] as const;
export type Role = (typeof roles)[number];

export const selfServiceRoles = ["sme", "school", "board"] as const;
export type SelfServiceRole = (typeof selfServiceRoles)[number];

export const roleNames: Record<Role, string> = {
  sme: "Employer (SME)",
  school: "School or college",
  board: "Partnership board member",
  staff: "Partnership staff",
};
