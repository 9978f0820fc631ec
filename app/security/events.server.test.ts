import { describe, expect, test, vi } from "vitest";
import { createUserSession } from "~/auth/session.server";
import { prisma } from "~/db.server";
import { logger } from "~/logger.server";
import { loader as staffSecurityLoader } from "~/routes/staff.security/route";
import { makeUser, requestWithCookie } from "../../tests/factories";
import { listSecurityEvents, recentSecurityEventsOf, securityEvent } from "./events.server";

async function staffWithTwoStep() {
  const staff = await makeUser("staff");
  await prisma.twoStep.create({
    data: { userId: staff.id, secret: "sealed", confirmedAt: new Date() },
  });
  return staff;
}

async function loaderAs(userId: string, query: string) {
  const request = requestWithCookie(
    await createUserSession(userId),
    `http://localhost/staff/security${query}`,
  );
  return staffSecurityLoader({ request, params: {}, context: {} });
}

describe("security events", () => {
  test("are logged with the user id, and kept only when they are about a known account", async () => {
    const user = await makeUser("sme");
    const info = vi.spyOn(logger, "info");
    await securityEvent("sign-in.failed", user.id);
    await securityEvent("sign-in.failed", null);
    expect(info.mock.calls.map(([entry]) => entry)).toEqual([
      { event: "sign-in.failed", userId: user.id },
      { event: "sign-in.failed", userId: null },
    ]);
    info.mockRestore();
    expect(await recentSecurityEventsOf(user.id)).toMatchObject([{ event: "sign-in.failed" }]);
  });

  test("staff see staff accounts' events by default, everyone's when asked, newest first, paged", async () => {
    const staff = await staffWithTwoStep();
    const member = await makeUser("school");
    await securityEvent("two-step.turned-on", staff.id);
    await securityEvent("sign-in.failed", member.id);
    const staffOnly = await listSecurityEvents({ staffOnly: true }, 1);
    expect(staffOnly.rows.every((row) => row.user.role === "staff")).toBe(true);
    expect(staffOnly.rows.some((row) => row.user.id === staff.id)).toBe(true);
    const everyone = await listSecurityEvents({ staffOnly: false, event: "sign-in.failed" }, 1);
    expect(everyone.rows.map((row) => row.user.id)).toContain(member.id);
    expect(everyone.rows.every((row) => row.event === "sign-in.failed")).toBe(true);
    // A page past the end shows the last page.
    expect((await listSecurityEvents({}, 99)).page).toBe(1);
  });

  test("the staff page answers an unknown filter value with 400 and a message", async () => {
    const staff = await staffWithTwoStep();
    const ok = await loaderAs(staff.id, "?event=two-step.turned-on&whose=all");
    expect("filters" in ok && ok.filters).toEqual({ event: "two-step.turned-on", whose: "all" });
    const bad = await loaderAs(staff.id, "?event=%3Cscript%3E&whose=nobody&page=1e308");
    if (!("init" in bad)) throw new Error("expected a data() response");
    expect(bad.init?.status).toBe(400);
    expect(bad.data.errors).toEqual({
      event: "Choose a kind of event from the list. We do not know that one.",
      whose: "Choose staff accounts or everyone.",
    });
  });

  test("only staff may see the page; a refusal is itself a security event", async () => {
    const member = await makeUser("board");
    await expect(loaderAs(member.id, "")).rejects.toSatisfy((r: Response) => r.status === 403);
    expect(await recentSecurityEventsOf(member.id)).toMatchObject([{ event: "request.forbidden" }]);
  });
});
