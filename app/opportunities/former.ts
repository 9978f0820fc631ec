// What pages call the side of a placement request whose organisation left
// SkillsBridge: the other side keeps its record (as mentoring does, mentoring/former.ts).
export const FORMER_SCHOOL = "a former school";
export const FORMER_EMPLOYER = "a former employer";

/** The school's name on a request, or "a former school" once it has left. */
export const schoolNameOf = (school: { name: string } | null) => school?.name ?? FORMER_SCHOOL;
