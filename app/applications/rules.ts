// When a vacancy takes applications, how long is left, and which questions an
// applicant is asked. Client-safe: the vacancy page and the forms read these.
import { dateToDay, daysBetween, ukDay } from "~/time/uk-time";

export type VacancyForApplying = {
  state: string;
  applyMethod: string;
  closingDate: Date | string;
  applicationsClosedAt: Date | string | null;
};

/**
 * Applications are taken on SkillsBridge while the vacancy is live and takes
 * them here, up to the end of its closing day (London time), unless the
 * employer closed applications early.
 */
export function takesApplications(vacancy: VacancyForApplying, now: Date): boolean {
  return vacancy.applyMethod === "portal" && applicationsOpen(vacancy, now);
}

/** Whatever the way to apply (here, by email, on the employer's website): open until closed. */
export function applicationsOpen(
  vacancy: Omit<VacancyForApplying, "applyMethod">,
  now: Date,
): boolean {
  if (vacancy.state !== "live" || vacancy.applicationsClosedAt !== null) return false;
  return daysLeftToApply(vacancy.closingDate, now) >= 0;
}

/** Whole days from today to the closing day: 0 on the closing day, negative once it has passed. */
export function daysLeftToApply(closingDate: Date | string, now: Date): number {
  return daysBetween(ukDay(now), dateToDay(closingDate));
}

export function describeDaysLeft(days: number): string {
  if (days < 0) return "Applications have closed";
  if (days === 0) return "Applications close today";
  return days === 1 ? "1 day left to apply" : `${days} days left to apply`;
}

/** How many days after the closing date an applicant should hear back (said in the confirmation). */
export const EMPLOYER_ANSWER_DAYS = 14;

/** The pages of the application, in order. Each asks one thing. */
export const applySteps = [
  "name",
  "phone",
  "area",
  "now",
  "qualifications",
  "why",
  "questions",
  "adjustments",
  "guaranteed-interview",
  "cv",
] as const;
export type ApplyStep = (typeof applySteps)[number];

export function isApplyStep(value: string): value is ApplyStep {
  return (applySteps as readonly string[]).includes(value);
}

export type VacancyQuestions = {
  questions: string[];
  disabilityConfident: boolean;
};

/** The employer's questions, in order, without the empty ones. */
export function employerQuestions(vacancy: {
  question1: string | null;
  question2: string | null;
  question3: string | null;
}): string[] {
  return [vacancy.question1, vacancy.question2, vacancy.question3].filter(
    (q): q is string => typeof q === "string" && q.trim() !== "",
  );
}

/** The steps this vacancy asks: its own questions only when it set some, the scheme only for a Disability Confident employer. */
export function stepsFor(vacancy: VacancyQuestions): ApplyStep[] {
  return applySteps.filter(
    (step) =>
      (step !== "questions" || vacancy.questions.length > 0) &&
      (step !== "guaranteed-interview" || vacancy.disabilityConfident),
  );
}

/** The page after `step`, or "check" after the last. */
export function nextStep(step: ApplyStep, vacancy: VacancyQuestions): ApplyStep | "check" {
  const steps = stepsFor(vacancy);
  return steps[steps.indexOf(step) + 1] ?? "check";
}

export type DraftAnswers = {
  name: string | null;
  localAuthority: string | null;
  outcode: string | null;
  currentActivity: string | null;
  qualifications: string;
  noQualifications: boolean;
  whyThis: string | null;
  answer1: string | null;
  answer2: string | null;
  answer3: string | null;
};

/** The first page still to answer (phone, adjustments and the scheme may be left as they are), or null when it can be sent. */
export function firstUnanswered(draft: DraftAnswers, vacancy: VacancyQuestions): ApplyStep | null {
  const answers = [draft.answer1, draft.answer2, draft.answer3];
  const missing: Partial<Record<ApplyStep, boolean>> = {
    name: !draft.name,
    area: !draft.localAuthority && !draft.outcode,
    now: !draft.currentActivity,
    qualifications: !draft.noQualifications && draft.qualifications === "[]",
    why: !draft.whyThis,
    questions: vacancy.questions.some((_, i) => !answers[i]),
  };
  return stepsFor(vacancy).find((step) => missing[step]) ?? null;
}
