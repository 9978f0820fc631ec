// A vacancy's applications as CSV, for its employer: every answer the
// employer's pages show, whether a CV was sent (never its contents). Cells are
// made safe for spreadsheets by the one CSV writer (app/insights/csv.ts).
import { done, notFound, type CommandResult } from "~/command-result";
import { prisma } from "~/db.server";
import { downloadFileName, toCsv } from "~/insights/csv";
import { localAuthorities } from "~/organisations/reference-data";
import { formatDateTime } from "~/time/format";
import { ukDay } from "~/time/uk-time";
import { applicationAnswersSelect } from "./applicant-session.server";
import { activityName, levelName, readQualifications } from "./answer-options";
import { stateLabels } from "./application-state";
import { employerQuestions } from "./rules";

export async function applicationsCsv(
  employer: { organisationId: string },
  vacancyId: string,
  now = new Date(),
): Promise<CommandResult<{ fileName: string; csv: string }>> {
  const vacancy = await prisma.apprenticeship.findFirst({
    where: { id: vacancyId, organisationId: employer.organisationId, applyMethod: "portal" },
    select: {
      id: true,
      title: true,
      question1: true,
      question2: true,
      question3: true,
      disabilityConfident: true,
    },
  });
  if (!vacancy) return notFound();
  const questions = employerQuestions(vacancy);
  const applications = await prisma.application.findMany({
    where: { apprenticeshipId: vacancy.id, state: { not: "draft" } },
    select: {
      ...applicationAnswersSelect,
      state: true,
      submittedAt: true,
      feedback: true,
      cv: { select: { id: true } },
    },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
  });
  const head = [
    "Sent",
    "Name",
    "Email address",
    "Phone number",
    "Where they live",
    "What they are doing now",
    "Qualifications",
    "Why they want this apprenticeship",
    ...questions,
    "Help at an interview",
    ...(vacancy.disabilityConfident ? ["Guaranteed interview scheme"] : []),
    "CV sent",
    "State",
    "Feedback sent",
  ];
  const rows = applications.map((a) => [
    a.submittedAt ? formatDateTime(a.submittedAt) : "",
    a.name,
    a.email,
    a.phone,
    localAuthorities.find((la) => la.id === a.localAuthority)?.name ??
      (a.outcode ? `Postcode area ${a.outcode}` : ""),
    activityName(a.currentActivity),
    a.noQualifications
      ? "None yet"
      : readQualifications(a.qualifications)
          .map((q) => `${q.subject}, grade ${q.grade}, ${levelName(q.level)}`)
          .join("; "),
    a.whyThis,
    ...questions.map((_, i) => [a.answer1, a.answer2, a.answer3][i] ?? ""),
    a.adjustments,
    ...(vacancy.disabilityConfident ? [a.guaranteedInterview ? "Yes" : "No"] : []),
    a.cv ? "Yes" : "No",
    stateLabels[a.state],
    a.feedback,
  ]);
  return done({
    fileName: downloadFileName("applications", [vacancy.title], ukDay(now), "csv"),
    csv: toCsv([head, ...rows]),
  });
}
