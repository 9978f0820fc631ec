// Who may change who is in an organisation (issue 13). The first user of an
// organisation is its admin; admins invite and remove colleagues and make
// others admins; anyone can leave, but the last admin hands over first, so an
// organisation with people in it always has an admin. Partnership staff can
// change any organisation's admins. In the staff organisation every member of
// staff manages staff colleagues (staff accounts exist only by invitation).

export type Member = { id: string; isOrgAdmin: boolean };
export type Actor = Member & { role: string };

export const onlyAdminsMessage = "Only an admin of your organisation can do this.";
export const handOverMessage =
  "You are the only admin. Make a colleague an admin before you leave.";
export const lastAdminMessage =
  "This is the only admin. Make someone else an admin first: an organisation needs one.";
export const notYourselfMessage = "You cannot remove yourself here. To leave, delete your account.";

/** Does this person manage their organisation's colleagues? */
export function isAdmin(actor: Actor): boolean {
  return actor.role === "staff" || actor.isOrgAdmin;
}

/** Why `actor` may not invite a colleague, or null. */
export function inviteRefusal(actor: Actor): string | null {
  return isAdmin(actor) ? null : onlyAdminsMessage;
}

/** Why `actor` may not remove `targetId` from the organisation, or null. */
export function removeRefusal(actor: Actor, targetId: string): string | null {
  if (!isAdmin(actor)) return onlyAdminsMessage;
  if (actor.id === targetId) return notYourselfMessage;
  return null;
}

/** Why `leaver` may not leave (delete their account) with these members, or null. */
export function leaveRefusal(leaver: Member, members: readonly Member[]): string | null {
  const others = members.filter((m) => m.id !== leaver.id);
  // The last one out takes the organisation with them: nobody is left without an admin.
  if (others.length === 0 || !leaver.isOrgAdmin) return null;
  return others.some((m) => m.isOrgAdmin) ? null : handOverMessage;
}

/** Why `targetId` may not become (or stop being) an admin, given the members, or null. */
export function adminChangeRefusal(
  members: readonly Member[],
  targetId: string,
  makeAdmin: boolean,
): string | null {
  const target = members.find((m) => m.id === targetId);
  if (!target) return "That person is not in this organisation.";
  if (makeAdmin || !target.isOrgAdmin) return null;
  return members.some((m) => m.isOrgAdmin && m.id !== targetId) ? null : lastAdminMessage;
}
