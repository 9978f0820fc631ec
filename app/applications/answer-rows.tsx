// What an applicant told the employer, as summary-list rows: the one layout of
// the employer's application page and of staff's view of a reported one.
import type { SummaryRow } from "~/components/ui";

type Answered = {
  phone: string | null;
  area: string;
  now: string;
  qualifications: string[];
  whyThis: string;
  answers: { question: string; answer: string }[];
  adjustments: string | null;
  guaranteedInterview: boolean;
};

/** From the phone number to the guaranteed interview scheme (only for a Disability Confident employer). */
export function applicationAnswerRows(a: Answered, disabilityConfident: boolean): SummaryRow[] {
  return [
    { key: "Phone number", value: a.phone },
    { key: "Where they live", value: a.area },
    { key: "What they are doing now", value: a.now },
    {
      key: "Qualifications",
      value: (
        <ul className="list">
          {a.qualifications.map((q, i) => (
            <li key={i}>{q}</li>
          ))}
        </ul>
      ),
    },
    {
      key: "Why they want this apprenticeship",
      value: <span className="pre-line">{a.whyThis}</span>,
    },
    ...a.answers.map(({ question, answer }) => ({
      key: question,
      value: <span className="pre-line">{answer}</span>,
    })),
    { key: "Help at an interview", value: <span className="pre-line">{a.adjustments}</span> },
    ...(disabilityConfident
      ? [
          {
            key: "Guaranteed interview scheme",
            value: a.guaranteedInterview ? "Yes, applying under the scheme" : "No",
          },
        ]
      : []),
  ];
}
