// How partnership staff close a concern raised on a placement request, in the
// words staff choose from and the words the person who raised it reads. The
// list is the home of the ConcernOutcome enum (prisma/enums.test.ts).

export const concernOutcomes = ["acted", "referred", "unfounded"] as const;
export type ConcernOutcome = (typeof concernOutcomes)[number];

/** What staff choose from when they close a concern. */
export const concernOutcomeOptions: readonly {
  value: ConcernOutcome;
  label: string;
  hint: string;
}[] = [
  {
    value: "acted",
    label: "We dealt with it",
    hint: "For example, we spoke to the employer or the school.",
  },
  {
    value: "referred",
    label: "We passed it on",
    hint: "For example, to a local authority safeguarding team or the police.",
  },
  {
    value: "unfounded",
    label: "We found nothing wrong",
    hint: "We looked into it and there is nothing more to do.",
  },
];

export function concernOutcomeLabel(outcome: ConcernOutcome): string {
  return concernOutcomeOptions.find((o) => o.value === outcome)?.label ?? outcome;
}

/**
 * What the person who raised the concern is told. It says the concern was
 * looked at and, plainly, what came of it; never staff's own notes, which may
 * be about the other side.
 */
export function outcomeForRaiser(outcome: ConcernOutcome): string {
  switch (outcome) {
    case "acted":
      return "We looked into it and dealt with it.";
    case "referred":
      return "We looked into it and passed it on to the right people.";
    case "unfounded":
      return "We looked into it and found nothing wrong.";
  }
}

export const concernNoteMaxLength = 2000;
