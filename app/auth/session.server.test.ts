import { describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import { action as accountAction } from "~/routes/account/route";
import { makeUser, requestWithCookie } from "../../tests/factories";
import {
  createUserSession,
  getSession,
  requireConfirmedUser,
  requireRole,
  requireUser,
  UNCONFIRMED_MESSAGE,
} from "./session.server";

async function thrown(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error as Response;
  }
  throw new Error("expected a thrown response");
}

describe("permissions", () => {
  test("requireUser sends a signed-out visitor to sign in, and back afterwards", async () => {
    const response = await thrown(
      requireUser(requestWithCookie(null, "http://localhost/account?tab=1")),
    );
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/sign-in?redirectTo=%2Faccount%3Ftab%3D1");
  });

  test("a broken percent-escape in any cookie neither breaks the page nor the session", async () => {
    const user = await makeUser("sme");
    const cookie = (await createUserSession(user.id)).split(";")[0]!;
    const request = new Request("http://localhost/account", {
      headers: { Cookie: `foo=%E0%A4%A; ${cookie}; bar=%` },
    });
    expect((await requireUser(request)).id).toBe(user.id);
    const broken = new Request("http://localhost/", { headers: { Cookie: "sb_session=%E0%A4%A" } });
    expect((await getSession(broken)).user).toBeNull();
  });

  test("requireUser returns the user for a valid session", async () => {
    const user = await makeUser("sme");
    const cookie = await createUserSession(user.id);
    const found = await requireUser(requestWithCookie(cookie));
    expect(found.id).toBe(user.id);
    expect(found.organisationId).toBe(user.organisationId);
  });

  test("requireRole answers 403 for the wrong role and passes the right ones", async () => {
    const user = await makeUser("school");
    const request = requestWithCookie(await createUserSession(user.id));
    expect((await thrown(requireRole(request, "staff"))).status).toBe(403);
    expect((await requireRole(request, ["sme", "school"])).id).toBe(user.id);
  });

  test("requireConfirmedUser refuses an unconfirmed email with a plain reason", async () => {
    const user = await makeUser("sme", { confirmed: false });
    const response = await thrown(
      requireConfirmedUser(requestWithCookie(await createUserSession(user.id)), "sme"),
    );
    expect(response.status).toBe(403);
    expect(await response.text()).toBe(UNCONFIRMED_MESSAGE);
  });

  test("a suspended user's session stops working and its rows are removed", async () => {
    const user = await makeUser("sme");
    const cookie = await createUserSession(user.id);
    await prisma.user.update({ where: { id: user.id }, data: { suspendedAt: new Date() } });
    const { user: found } = await getSession(requestWithCookie(cookie));
    expect(found).toBeNull();
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0);
  });

  test("a member of one organisation cannot remove a member of another (ownership in the where)", async () => {
    const mine = await makeUser("sme");
    const theirs = await makeUser("sme");
    const cookie = await createUserSession(mine.id);
    const body = new URLSearchParams({ intent: "remove", userId: theirs.id });
    const request = requestWithCookie(cookie, "http://localhost/account", { method: "POST", body });
    const response = await thrown(accountAction({ request, params: {}, context: {} }));
    expect(response.status).toBe(404);
    expect(await prisma.user.count({ where: { id: theirs.id } })).toBe(1);
  });

  test("a colleague in the same organisation can be removed", async () => {
    const mine = await makeUser("sme");
    const colleague = await makeUser("sme", { organisationId: mine.organisationId });
    const cookie = await createUserSession(mine.id);
    const body = new URLSearchParams({ intent: "remove", userId: colleague.id });
    const request = requestWithCookie(cookie, "http://localhost/account", { method: "POST", body });
    const response = (await accountAction({ request, params: {}, context: {} })) as Response;
    expect(response.status).toBe(302);
    expect(await prisma.user.count({ where: { id: colleague.id } })).toBe(0);
  });
});
