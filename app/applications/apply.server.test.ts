import { describe, expect, test } from "vitest";
import { hashToken } from "~/auth/tokens.server";
import { prisma } from "~/db.server";
import { makeApprenticeship, makeOrg } from "../../tests/opportunities-data";
import { outboxFor } from "../../tests/outbox";
import { readApplicant } from "./applicant-session.server";
import {
  addQualification,
  CLOSED_MESSAGE,
  markNoQualifications,
  openApplyLink,
  removeQualification,
  requestApplyLink,
  saveDraftAnswers,
  sendApplication,
} from "./apply.server";

let counter = 0;
const uniqueEmail = () => `applicant-${Date.now()}-${++counter}@unit.test`;
const linkToken = (text: string) => /token=([A-Za-z0-9_%-]+)/.exec(text)?.[1] ?? "";
const address = () => `10.1.0.${++counter}`;

async function vacancy(overrides: Parameters<typeof makeApprenticeship>[2] = {}) {
  const org = await makeOrg("sme");
  const { id } = await makeApprenticeship(org.id, new Date(), overrides);
  return { org, id };
}

async function startAndOpen(vacancyId: string, email = uniqueEmail()) {
  expect(await requestApplyLink({ vacancyId, email, address: address(), isBot: false })).toEqual({
    status: "done",
    value: undefined,
  });
  const mail = outboxFor(email).at(-1);
  const opened = await openApplyLink(vacancyId, decodeURIComponent(linkToken(mail?.text ?? "")));
  if (opened.status !== "done") throw new Error("The link did not open");
  const request = new Request("http://localhost/", {
    headers: { Cookie: opened.value.setCookie.split(";")[0]! },
  });
  const applicant = await readApplicant(request);
  if (!applicant?.applicationId) throw new Error("No applicant session");
  return { email, applicationId: applicant.applicationId };
}

describe("asking for the link", () => {
  test("makes a draft and emails a single-use link whose token is stored only as a hash", async () => {
    const { id } = await vacancy();
    const email = uniqueEmail();
    await requestApplyLink({ vacancyId: id, email, address: address(), isBot: false });
    const [mail] = outboxFor(email);
    expect(mail?.text).toContain(`/apprenticeships/${id}/apply/confirm?token=`);
    const token = decodeURIComponent(linkToken(mail!.text));
    const stored = await prisma.token.findFirstOrThrow({
      where: { email, purpose: "apply" },
      select: { tokenHash: true, applicationId: true },
    });
    expect(stored.tokenHash).toBe(hashToken(token));
    expect(stored.tokenHash).not.toContain(token);
    const draft = await prisma.application.findUniqueOrThrow({
      where: { id: stored.applicationId! },
      select: { state: true, emailConfirmedAt: true },
    });
    expect(draft).toEqual({ state: "draft", emailConfirmedAt: null });
  });

  test("a link opens once: it confirms the address and starts a session on the draft", async () => {
    const { id } = await vacancy();
    const email = uniqueEmail();
    await requestApplyLink({ vacancyId: id, email, address: address(), isBot: false });
    const token = decodeURIComponent(linkToken(outboxFor(email)[0]!.text));
    const first = await openApplyLink(id, token);
    expect(first.status).toBe("done");
    expect((await openApplyLink(id, token)).status).toBe("not-found");
    const app = await prisma.application.findFirstOrThrow({
      where: { email },
      select: { emailConfirmedAt: true },
    });
    expect(app.emailConfirmedAt).not.toBeNull();
  });

  test("a closed vacancy, or one closed early, refuses", async () => {
    const closed = await vacancy({ state: "closed" });
    const email = uniqueEmail();
    expect(
      await requestApplyLink({ vacancyId: closed.id, email, address: address(), isBot: false }),
    ).toEqual({ status: "refused", reason: CLOSED_MESSAGE });
    const early = await vacancy();
    await prisma.apprenticeship.update({
      where: { id: early.id },
      data: { applicationsClosedAt: new Date() },
    });
    expect(
      (await requestApplyLink({ vacancyId: early.id, email, address: address(), isBot: false }))
        .status,
    ).toBe("refused");
    expect(outboxFor(email)).toEqual([]);
  });

  test("a robot that fills the hidden box is answered the same and nothing is sent", async () => {
    const { id } = await vacancy();
    const email = uniqueEmail();
    expect(
      (await requestApplyLink({ vacancyId: id, email, address: address(), isBot: true })).status,
    ).toBe("done");
    expect(outboxFor(email)).toEqual([]);
    expect(await prisma.application.count({ where: { email } })).toBe(0);
  });

  test("three links an hour to one address, then a plain refusal", async () => {
    const { id } = await vacancy();
    const email = uniqueEmail();
    for (let i = 0; i < 3; i++) {
      await requestApplyLink({ vacancyId: id, email, address: address(), isBot: false });
    }
    const fourth = await requestApplyLink({
      vacancyId: id,
      email,
      address: address(),
      isBot: false,
    });
    expect(fourth).toMatchObject({
      status: "refused",
      field: "email",
      reason: "There have been too many links asked for from here. Wait 60 minutes and try again.",
    });
    expect(outboxFor(email)).toHaveLength(3);
    // Still one draft for the person and vacancy, however many links.
    expect(await prisma.application.count({ where: { email } })).toBe(1);
  });
});

describe("the limits are kept in the database", () => {
  test("twenty links an hour from one network address, to any email addresses; then the next hour", async () => {
    const { id } = await vacancy();
    const shared = address();
    const t0 = new Date(Date.UTC(2026, 11, 1, 9, 0));
    for (let i = 0; i < 20; i++) {
      const result = await requestApplyLink({
        vacancyId: id,
        email: uniqueEmail(),
        address: shared,
        isBot: false,
        now: new Date(t0.getTime() + i * 60_000),
      });
      expect(result.status).toBe("done");
    }
    const email = uniqueEmail();
    const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
    const refusedTry = { vacancyId: id, email, address: shared, isBot: false, now: at(30) };
    expect(await requestApplyLink(refusedTry)).toMatchObject({ status: "refused" });
    expect(outboxFor(email)).toEqual([]);
    // The hits are rows, so they hold across server processes and restarts.
    expect(
      await prisma.rateLimitHit.count({ where: { key: `apply-link:address:${shared}` } }),
    ).toBe(20);
    // Another address is not held back, and the window slides.
    expect((await requestApplyLink({ ...refusedTry, address: address() })).status).toBe("done");
    expect((await requestApplyLink({ ...refusedTry, now: at(61) })).status).toBe("done");
  });
});

describe("answering and sending", () => {
  test("an application with every page answered is sent: the employer is told in the app, the applicant by email", async () => {
    const { org, id } = await vacancy();
    const { email, applicationId } = await startAndOpen(id);
    expect(await saveDraftAnswers(applicationId, id, { name: "Sam Patel" })).toMatchObject({
      status: "done",
    });
    // Not everything answered yet: sending says which page is next.
    expect(await sendApplication(applicationId, id)).toEqual({
      status: "unanswered",
      step: "area",
    });
    await saveDraftAnswers(applicationId, id, {
      outcode: "B15",
      currentActivity: "looking",
      whyThis: "I fix computers for my family.",
    });
    await addQualification(applicationId, id, { subject: "English", grade: "5", level: "2" });
    await addQualification(applicationId, id, { subject: "Maths", grade: "4", level: "2" });
    await removeQualification(applicationId, id, 1);
    const stored = await prisma.application.findUniqueOrThrow({
      where: { id: applicationId },
      select: { qualifications: true },
    });
    expect(JSON.parse(stored.qualifications)).toEqual([
      { subject: "English", grade: "5", level: "2" },
    ]);

    const sent = await sendApplication(applicationId, id);
    expect(sent.status).toBe("done");
    const app = await prisma.application.findUniqueOrThrow({
      where: { id: applicationId },
      select: { state: true, submittedAt: true },
    });
    expect(app.state).toBe("new");
    expect(app.submittedAt).not.toBeNull();
    const note = await prisma.notification.findFirstOrThrow({
      where: { organisationId: org.id },
      select: { message: true, link: true },
    });
    expect(note.message).toContain("Sam Patel");
    expect(note.link).toBe(`/postings/apprenticeships/${id}/applications`);
    const confirmation = outboxFor(email).find((m) => m.subject.startsWith("We have sent"));
    expect(confirmation?.text).toContain("What happens next");

    // Sent means sent: no more changes, and no second application for the same vacancy.
    expect((await saveDraftAnswers(applicationId, id, { name: "Changed" })).status).toBe(
      "not-found",
    );
    await requestApplyLink({ vacancyId: id, email, address: address(), isBot: false });
    expect(outboxFor(email).at(-1)?.subject).toContain("You have already applied");
    expect(await prisma.application.count({ where: { email } })).toBe(1);
  });

  test("'none yet' is an answer to qualifications", async () => {
    const { id } = await vacancy();
    const { applicationId } = await startAndOpen(id);
    await saveDraftAnswers(applicationId, id, {
      name: "Jo",
      localAuthority: "dudley",
      currentActivity: "school",
      whyThis: "I like making things.",
    });
    expect(await sendApplication(applicationId, id)).toEqual({
      status: "unanswered",
      step: "qualifications",
    });
    await markNoQualifications(applicationId, id);
    expect((await sendApplication(applicationId, id)).status).toBe("done");
  });

  test("a vacancy that closed while the applicant was answering refuses the application", async () => {
    const { id } = await vacancy();
    const { applicationId } = await startAndOpen(id);
    await prisma.apprenticeship.update({ where: { id }, data: { state: "closed" } });
    expect(await sendApplication(applicationId, id)).toEqual({
      status: "refused",
      reason: CLOSED_MESSAGE,
    });
  });

  test("a draft cannot be changed through another vacancy", async () => {
    const first = await vacancy();
    const other = await vacancy();
    const { applicationId } = await startAndOpen(first.id);
    expect((await saveDraftAnswers(applicationId, other.id, { name: "X" })).status).toBe(
      "not-found",
    );
  });
});
