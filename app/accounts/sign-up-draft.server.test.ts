import { describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import { hashToken } from "~/auth/tokens.server";
import { requestWithCookie } from "../../tests/factories";
import {
  currentSignUpDraft,
  deleteEndedSignUpDrafts,
  DRAFT_MINUTES,
  endSignUpDraft,
  saveSignUpAnswers,
  SIGN_UP_COOKIE_NAME,
} from "./sign-up-draft.server";

const url = "http://localhost/create-account";

async function save(
  cookie: string | null,
  change: Parameters<typeof saveSignUpAnswers>[1],
  now?: Date,
) {
  const result = await saveSignUpAnswers(requestWithCookie(cookie, url), change, now);
  if (result.status !== "done") throw new Error("not saved");
  return result.value;
}

const organisation = {
  organisationName: "Brum Widgets",
  localAuthority: "dudley",
  postcode: "DY1 1AA",
};

describe("the sign-up draft", () => {
  test("the first answer starts a draft: the cookie holds a token, the row only its hash", async () => {
    const { cookie, next } = await save(null, { role: "sme" });
    expect(next).toBe("organisation");
    const token = /=([a-f0-9]{64});/.exec(cookie)![1]!;
    expect(cookie).toContain(`${SIGN_UP_COOKIE_NAME}=`);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain(`Max-Age=${DRAFT_MINUTES * 60}`);
    const row = await prisma.signUpDraft.findUnique({ where: { id: hashToken(token) } });
    expect(row).not.toBeNull();
    expect(await prisma.signUpDraft.count({ where: { id: token } })).toBe(0);
  });

  test("each page's answers are kept, and the next page is the first still to answer", async () => {
    const { cookie } = await save(null, { role: "school" });
    expect((await save(cookie, { step: "organisation", answers: organisation })).next).toBe(
      "details",
    );
    await save(cookie, {
      step: "details",
      answers: { schoolUrn: "140123", schoolPhase: "secondary" },
    });
    expect(
      (await save(cookie, { step: "you", answers: { name: "Sam", email: "sam@example.com" } }))
        .next,
    ).toBe("check");
    const draft = await currentSignUpDraft(requestWithCookie(cookie, url));
    expect(draft?.answers).toEqual({
      role: "school",
      organisation,
      details: { schoolUrn: "140123", schoolPhase: "secondary" },
      you: { name: "Sam", email: "sam@example.com" },
    });
    // "Change" on the check page, then Continue: straight back to the check page.
    expect((await save(cookie, { step: "organisation", answers: organisation })).next).toBe(
      "check",
    );
  });

  test("another kind of organisation drops the old kind's details, and asks for them again", async () => {
    const { cookie } = await save(null, { role: "school" });
    await save(cookie, { step: "organisation", answers: organisation });
    await save(cookie, {
      step: "details",
      answers: { schoolUrn: "140123", schoolPhase: "secondary" },
    });
    await save(cookie, { step: "you", answers: { name: "Sam", email: "sam@example.com" } });
    expect((await save(cookie, { role: "school" })).next).toBe("check");
    expect((await save(cookie, { role: "sme" })).next).toBe("details");
    const draft = await currentSignUpDraft(requestWithCookie(cookie, url));
    expect(draft?.answers.details).toBeUndefined();
    expect(draft?.answers.organisation).toEqual(organisation);
  });

  test("a draft ends after its time: it is not read, a new answer starts a new one, and housekeeping removes it", async () => {
    const then = new Date(Date.now() - (DRAFT_MINUTES + 1) * 60_000);
    const { cookie } = await save(null, { role: "board" }, then);
    expect(await currentSignUpDraft(requestWithCookie(cookie, url))).toBeNull();
    const fresh = await save(cookie, { role: "sme" });
    expect(fresh.cookie).not.toBe(cookie);
    expect(await deleteEndedSignUpDrafts()).toBeGreaterThanOrEqual(1);
    expect(await currentSignUpDraft(requestWithCookie(fresh.cookie, url))).not.toBeNull();
  });

  test("a broken or foreign cookie is no draft, never an error; an ended draft is gone", async () => {
    expect(
      await currentSignUpDraft(requestWithCookie(`${SIGN_UP_COOKIE_NAME}=%E0%A4%A`, url)),
    ).toBeNull();
    expect(
      await currentSignUpDraft(requestWithCookie(`${SIGN_UP_COOKIE_NAME}=${"a".repeat(64)}`, url)),
    ).toBeNull();
    const { cookie } = await save(null, { role: "sme" });
    const draft = await currentSignUpDraft(requestWithCookie(cookie, url));
    await endSignUpDraft(draft!.id);
    expect(await currentSignUpDraft(requestWithCookie(cookie, url))).toBeNull();
  });

  test("stored answers that do not fit the shape read as an empty draft", async () => {
    const { cookie } = await save(null, { role: "sme" });
    const draft = await currentSignUpDraft(requestWithCookie(cookie, url));
    await prisma.signUpDraft.update({ where: { id: draft!.id }, data: { answers: "{not json" } });
    expect((await currentSignUpDraft(requestWithCookie(cookie, url)))?.answers).toEqual({});
  });
});
