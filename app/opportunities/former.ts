// What pages call the side of a placement request whose organisation left
// SkillsBridge: the other side keeps its record (as mentoring does, mentoring/former.ts).
export const FORMER_SCHOOL = "a former school";
export const FORMER_EMPLOYER = "a former employer";

/** The school's name on a request, or "a former school" once it has left. */
export const schoolNameOf = (school: { name: string } | null) => school?.name ?? FORMER_SCHOOL;

/** The employer's name on a placement, or "a former employer" once it has left. */
export const employerNameOf = (employer: { name: string } | null) =>
  employer?.name ?? FORMER_EMPLOYER;

/** What a school reads on a placement, or a request for one, whose employer has left. */
export const EMPLOYER_LEFT_NOTICE =
  "This employer has left SkillsBridge. The placement will not go ahead, so do not send students to it. Your request stays here for your records.";
