import { describe, expect, test } from "vitest";
import {
  adminChangeRefusal,
  handOverMessage,
  inviteRefusal,
  lastAdminMessage,
  leaveRefusal,
  notYourselfMessage,
  onlyAdminsMessage,
  removeRefusal,
} from "./org-admins";

const admin = { id: "a", isOrgAdmin: true, role: "sme" };
const member = { id: "m", isOrgAdmin: false, role: "sme" };
const staff = { id: "s", isOrgAdmin: false, role: "staff" };

describe("inviting and removing colleagues", () => {
  test("an admin invites and removes; a member does neither", () => {
    expect(inviteRefusal(admin)).toBeNull();
    expect(removeRefusal(admin, member.id)).toBeNull();
    expect(inviteRefusal(member)).toBe(onlyAdminsMessage);
    expect(removeRefusal(member, admin.id)).toBe(onlyAdminsMessage);
  });

  test("nobody removes themselves here: they leave instead", () => {
    expect(removeRefusal(admin, admin.id)).toBe(notYourselfMessage);
  });

  test("every member of staff manages staff colleagues", () => {
    expect(inviteRefusal(staff)).toBeNull();
    expect(removeRefusal(staff, "other-staff")).toBeNull();
  });
});

describe("leaving", () => {
  test("a member leaves at any time", () => {
    expect(leaveRefusal(member, [admin, member])).toBeNull();
  });

  test("the last admin cannot leave while colleagues stay, until another is an admin", () => {
    expect(leaveRefusal(admin, [admin, member])).toBe(handOverMessage);
    expect(leaveRefusal(admin, [admin, { ...member, isOrgAdmin: true }])).toBeNull();
  });

  test("the only person left can leave (the organisation goes with them)", () => {
    expect(leaveRefusal(admin, [admin])).toBeNull();
  });
});

describe("making and unmaking admins", () => {
  test("anyone in the organisation can be made an admin", () => {
    expect(adminChangeRefusal([admin, member], member.id, true)).toBeNull();
  });

  test("the last admin stays one; with two, either can stop", () => {
    expect(adminChangeRefusal([admin, member], admin.id, false)).toBe(lastAdminMessage);
    const second = { ...member, isOrgAdmin: true };
    expect(adminChangeRefusal([admin, second], admin.id, false)).toBeNull();
  });

  test("someone from another organisation is refused", () => {
    expect(adminChangeRefusal([admin], "stranger", true)).toMatch(/not in this organisation/);
  });
});
