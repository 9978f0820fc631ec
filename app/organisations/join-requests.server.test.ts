import crypto from "node:crypto";
import { describe, expect, test } from "vitest";
import { onlyAdminsMessage } from "~/accounts/org-admins";
import { joinOrganisation } from "~/accounts/invitations.server";
import { prisma } from "~/db.server";
import { makeUser } from "../../tests/factories";
import { outboxFor } from "../../tests/outbox";
import {
  askToJoin,
  boardFirmsToJoin,
  decideJoinRequest,
  deleteOldJoinRequests,
} from "./join-requests.server";
import { duplicatesAtSignUp, findPossibleDuplicates } from "./duplicates.server";

const ADDRESS = "192.0.2.13";
const tag = () => crypto.randomBytes(4).toString("hex");

async function actor(id: string) {
  return prisma.user.findUniqueOrThrow({
    where: { id },
    select: { id: true, email: true, name: true, role: true, organisationId: true },
  });
}

function linkToken(text: string) {
  return /token=([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? "";
}

describe("asking to join an organisation already on SkillsBridge", () => {
  test("the request waits for the organisation's admins, who are told; nobody else is", async () => {
    const admin = await makeUser("school");
    const member = await makeUser("school", { organisationId: admin.organisationId });
    const email = `asker-${tag()}@unit.test`;
    const result = await askToJoin(
      { organisationId: admin.organisationId, name: "Ava Asker", email, message: "Careers lead" },
      ADDRESS,
    );
    expect(result.status).toBe("done");
    const rows = await prisma.joinRequest.findMany({
      where: { email },
      select: { state: true, name: true, message: true, organisationId: true },
    });
    expect(rows).toEqual([
      {
        state: "pending",
        name: "Ava Asker",
        message: "Careers lead",
        organisationId: admin.organisationId,
      },
    ]);
    const notices = await prisma.notification.findMany({
      where: { organisationId: admin.organisationId },
      select: { userId: true, link: true },
    });
    expect(notices).toEqual([{ userId: admin.id, link: "/account/join-requests" }]);
    expect(outboxFor(admin.email).map((m) => m.subject)).toContain(
      `Someone asks to join Org ${admin.email.slice(7, 15)}`,
    );
    expect(outboxFor(member.email)).toEqual([]);
  });

  test("the answer is the same when the address has an account; its owner is emailed and no request is made", async () => {
    const admin = await makeUser("sme");
    const someone = await makeUser("sme");
    const result = await askToJoin(
      {
        organisationId: admin.organisationId,
        name: "Has Account",
        email: someone.email,
        message: null,
      },
      ADDRESS,
    );
    expect(result).toEqual({
      status: "done",
      value: { organisationName: expect.any(String) as string },
    });
    expect(await prisma.joinRequest.count({ where: { email: someone.email } })).toBe(0);
    expect(outboxFor(someone.email).map((m) => m.subject)).toContain(
      "You already have a SkillsBridge account",
    );
  });

  test("asking twice while a request waits makes one request; a staff organisation cannot be asked", async () => {
    const admin = await makeUser("board");
    const email = `twice-${tag()}@unit.test`;
    const input = { organisationId: admin.organisationId, name: "Twice", email, message: null };
    await askToJoin(input, ADDRESS);
    await askToJoin(input, ADDRESS);
    expect(await prisma.joinRequest.count({ where: { email } })).toBe(1);
    const staff = await makeUser("staff");
    expect(await askToJoin({ ...input, organisationId: staff.organisationId }, ADDRESS)).toEqual({
      status: "not-found",
    });
  });
});

describe("answering a request to join", () => {
  async function waiting(kind: "sme" | "board" = "sme") {
    const admin = await makeUser(kind, { verified: true });
    const email = `joiner-${tag()}@unit.test`;
    await askToJoin(
      { organisationId: admin.organisationId, name: "Jo Joiner", email, message: null },
      ADDRESS,
    );
    const request = await prisma.joinRequest.findFirstOrThrow({
      where: { email },
      select: { id: true },
    });
    return { admin, email, requestId: request.id };
  }

  test("an admin's yes emails an invitation, audited; the person joins the same organisation with it", async () => {
    const { admin, email, requestId } = await waiting();
    expect(await decideJoinRequest(await actor(admin.id), requestId, "approve")).toEqual({
      status: "done",
      value: { name: "Jo Joiner" },
    });
    const audit = await prisma.auditEvent.findFirst({
      where: { action: "join-request.approve", actorId: admin.id },
      select: { targetId: true },
    });
    expect(audit).toEqual({ targetId: admin.organisationId });
    const invite = outboxFor(email).find((m) => m.subject.startsWith("Join "));
    expect(invite).toBeDefined();
    const joined = await joinOrganisation({
      token: linkToken(invite?.text ?? ""),
      name: "Jo Joiner",
      password: "a long enough password",
    });
    expect(joined.status).toBe("done");
    const user = await prisma.user.findUniqueOrThrow({
      where: { email },
      select: { organisationId: true, isOrgAdmin: true },
    });
    expect(user).toEqual({ organisationId: admin.organisationId, isOrgAdmin: false });
    // Answered once: a second answer is refused.
    expect(await decideJoinRequest(await actor(admin.id), requestId, "refuse")).toEqual({
      status: "refused",
      reason: "Someone has already answered this request.",
    });
  });

  test("a colleague who is not an admin cannot answer; another organisation's admin finds nothing", async () => {
    const { admin, requestId } = await waiting();
    const member = await makeUser("sme", { organisationId: admin.organisationId });
    expect(await decideJoinRequest(await actor(member.id), requestId, "approve")).toEqual({
      status: "refused",
      reason: onlyAdminsMessage,
    });
    const stranger = await makeUser("sme");
    expect(await decideJoinRequest(await actor(stranger.id), requestId, "approve")).toEqual({
      status: "not-found",
    });
    expect(
      await prisma.joinRequest.findUniqueOrThrow({
        where: { id: requestId },
        select: { state: true },
      }),
    ).toEqual({ state: "pending" });
  });

  test("staff can answer for a board firm; a no tells the person and sends no invitation", async () => {
    const { email, requestId } = await waiting("board");
    const staff = await makeUser("staff");
    expect((await decideJoinRequest(await actor(staff.id), requestId, "refuse")).status).toBe(
      "done",
    );
    expect(outboxFor(email).map((m) => m.subject)).toEqual([
      expect.stringMatching(/^Your request to join /),
    ]);
    expect(await prisma.token.count({ where: { email } })).toBe(0);
    expect(
      await prisma.auditEvent.count({
        where: { action: "join-request.refuse", actorId: staff.id },
      }),
    ).toBe(1);
  });

  test("sign-up lists only checked board firms by name", async () => {
    const checked = await makeUser("board", { verified: true });
    const waitingFirm = await makeUser("board");
    const firms = await boardFirmsToJoin();
    const ids = firms.map((f) => f.id);
    expect(ids).toContain(checked.organisationId);
    expect(ids).not.toContain(waitingFirm.organisationId);
  });

  test("requests go after 30 days, answered or not", async () => {
    const { requestId } = await waiting();
    await deleteOldJoinRequests(new Date(Date.now() + 31 * 86_400_000));
    expect(await prisma.joinRequest.count({ where: { id: requestId } })).toBe(0);
  });
});

describe("organisations that may already be on SkillsBridge", () => {
  test("a school with the same reference number, and one with a very similar name in the same area", async () => {
    const urn = String(100000 + Math.floor(Math.random() * 899999));
    const first = await prisma.organisation.create({
      data: {
        name: "Aston Park Academy",
        kind: "school",
        localAuthority: "birmingham",
        schoolUrn: urn,
      },
      select: { id: true },
    });
    const found = await findPossibleDuplicates({
      kind: "school",
      name: "Aston Park Acadamy",
      localAuthority: "birmingham",
      schoolUrn: urn,
    });
    expect(found.find((d) => d.id === first.id)).toEqual({
      id: first.id,
      name: "Aston Park Academy",
      area: "Birmingham",
      reasons: ["school-reference", "similar-name"],
    });
    // Another area, another reference: not flagged.
    const elsewhere = await findPossibleDuplicates({
      kind: "school",
      name: "Aston Park Academy",
      localAuthority: "coventry",
      schoolUrn: "999999",
    });
    expect(elsewhere.map((d) => d.id)).not.toContain(first.id);
    // The organisation itself is never its own duplicate (the staff page).
    const self = await findPossibleDuplicates(
      { kind: "school", name: "Aston Park Academy", localAuthority: "birmingham", schoolUrn: urn },
      first.id,
    );
    expect(self.map((d) => d.id)).not.toContain(first.id);
  });

  test("a firm with the same Companies House number, whatever its name", async () => {
    const number = `SC${String(Math.floor(Math.random() * 899999) + 100000)}`;
    const firm = await prisma.organisation.create({
      data: {
        name: `Widgets ${tag()}`,
        kind: "sme",
        localAuthority: "dudley",
        companiesHouseNumber: number,
      },
      select: { id: true },
    });
    const found = await findPossibleDuplicates({
      kind: "sme",
      name: "Something else entirely",
      localAuthority: "walsall",
      companiesHouseNumber: number,
    });
    expect(found.map((d) => [d.id, d.reasons])).toEqual([[firm.id, ["companies-house"]]]);
  });

  test("sign-up's look is limited per address typed", async () => {
    const email = `looker-${tag()}@unit.test`;
    const details = {
      kind: "sme" as const,
      name: `Nobody ${tag()}`,
      localAuthority: "solihull",
      email,
    };
    for (let i = 0; i < 10; i++)
      expect((await duplicatesAtSignUp(details, ADDRESS)).status).toBe("done");
    expect((await duplicatesAtSignUp(details, ADDRESS)).status).toBe("refused");
  });
});
