// Create account, page by page (decision 048): which pages each kind of
// organisation sees, in order. Client-safe: the pages and the server both read it.

export type SignUpRole = "sme" | "school" | "board";

/** The pages that take answers, in order; "check" (answers, then the password) comes last. */
export const signUpSteps = ["kind", "organisation", "details", "you", "check"] as const;
export type SignUpStep = (typeof signUpSteps)[number];
export type AnswerStep = Exclude<SignUpStep, "kind" | "check">;

/** One page's answers, as its form posted them (already checked by that page's schema). */
export type StepAnswers = Record<string, string>;

/** What a sign-up draft holds. Never the password. */
export type SignUpAnswers = {
  role?: SignUpRole;
  organisation?: StepAnswers;
  details?: StepAnswers;
  you?: StepAnswers;
};

export function signUpPath(step: SignUpStep): string {
  return step === "kind" ? "/create-account" : `/create-account/${step}`;
}

export function isAnswerStep(step: string | undefined): step is AnswerStep {
  return step === "organisation" || step === "details" || step === "you";
}

/** The first page still to answer, or "check" when every page has its answers. */
export function firstUnanswered(answers: SignUpAnswers): SignUpStep {
  if (!answers.role) return "kind";
  for (const step of ["organisation", "details", "you"] as const) {
    if (!answers[step]) return step;
  }
  return "check";
}

/** The page after `step`. */
export function nextSignUpStep(step: SignUpStep): SignUpStep {
  const at = signUpSteps.indexOf(step);
  return signUpSteps[Math.min(at + 1, signUpSteps.length - 1)]!;
}

/** The page before `step` (its back link). */
export function previousSignUpStep(step: SignUpStep): SignUpStep {
  const at = signUpSteps.indexOf(step);
  return signUpSteps[Math.max(at - 1, 0)]!;
}

/** The details page's heading for each kind: only that kind's questions are asked. */
export const detailsHeading: Record<SignUpRole, string> = {
  sme: "About your business",
  school: "About your school or college",
  board: "About your firm",
};
