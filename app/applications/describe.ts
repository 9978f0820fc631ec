// One application's answers in the words its readers see: the employer on its
// own application, and partnership staff on an application reported to them.
import { activityName, levelName, readQualifications } from "./answer-options";
import { employerQuestions, type DraftAnswers } from "./rules";
import { localAuthorities } from "~/organisations/reference-data";

/** What was drafted, and what may be left as it is until the application is sent. */
type Answers = DraftAnswers & {
  email: string;
  phone: string | null;
  adjustments: string | null;
  guaranteedInterview: boolean;
};

type Questions = { question1: string | null; question2: string | null; question3: string | null };

export function describeAnswers(a: Answers, vacancy: Questions) {
  return {
    name: a.name ?? "",
    email: a.email,
    phone: a.phone ?? "Not given",
    area:
      localAuthorities.find((la) => la.id === a.localAuthority)?.name ??
      (a.outcode ? `Postcode area ${a.outcode}` : ""),
    now: activityName(a.currentActivity),
    qualifications: a.noQualifications
      ? ["None yet"]
      : readQualifications(a.qualifications).map(
          (q) => `${q.subject}, grade ${q.grade}, ${levelName(q.level)}`,
        ),
    whyThis: a.whyThis ?? "",
    answers: employerQuestions(vacancy).map((question, i) => ({
      question,
      answer: [a.answer1, a.answer2, a.answer3][i] ?? "",
    })),
    adjustments: a.adjustments ?? "None",
    guaranteedInterview: a.guaranteedInterview,
  };
}
