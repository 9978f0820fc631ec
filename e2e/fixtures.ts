import crypto from "node:crypto";
import {
  test as base,
  expect,
  type Browser,
  type BrowserContext,
  type Page,
} from "@playwright/test";
import { generateTOTP } from "@epic-web/totp";
import { hashPassword } from "../app/auth/password.server";
import { openSecret, sealSecret } from "../app/auth/secret-box.server";
import { totpSettings, totpStep } from "../app/auth/two-step";
import { createUserSession } from "../app/auth/session.server";
import { prisma } from "../app/db.server";

export { expect };

export const PASSWORD = "correct horse battery staple";

export function uniqueEmail(prefix: string) {
  return `${prefix}-${crypto.randomBytes(5).toString("hex")}@e2e.skillsbridge.test`;
}

type Kind = "sme" | "school" | "board" | "staff";

// Every test user has the same password, so hash it once per worker: argon2id
// costs about 60 ms of CPU a time, and createUser runs about 150 times a suite.
let passwordHash: Promise<string> | undefined;
const testPasswordHash = () => (passwordHash ??= hashPassword(PASSWORD));

export type TestUser = {
  id: string;
  email: string;
  name: string;
  organisationId: string;
  organisationName: string;
};

/** Make an organisation and its first member straight in the e2e database. */
export async function createUser(
  kind: Kind,
  options: {
    confirmed?: boolean;
    verified?: boolean;
    organisation?: Partial<{
      name: string;
      localAuthority: string;
      sector: string;
      sizeBand: string;
      postcode: string;
      schoolUrn: string;
    }>;
    organisationId?: string;
    name?: string;
    admin?: boolean;
    /** Two-step sign-in already on. Staff must have it, so theirs is on unless this says no. */
    twoStep?: boolean;
  } = {},
): Promise<TestUser> {
  const email = uniqueEmail(kind);
  const name = options.name ?? `Test ${kind} ${email.slice(kind.length + 1, kind.length + 6)}`;
  const organisationName =
    options.organisation?.name ??
    `Test ${kind} organisation ${crypto.randomBytes(3).toString("hex")}`;
  const user = await prisma.user.create({
    data: {
      email,
      name,
      role: kind,
      emailConfirmedAt: options.confirmed === false ? null : new Date(),
      // As in the app: whoever makes a new organisation is its admin.
      isOrgAdmin: options.admin ?? !options.organisationId,
      password: { create: { hash: await testPasswordHash() } },
      ...((options.twoStep ?? kind === "staff")
        ? {
            twoStep: {
              create: {
                secret: sealSecret((await generateTOTP(totpSettings)).secret),
                confirmedAt: new Date(),
              },
            },
          }
        : {}),
      organisation: options.organisationId
        ? { connect: { id: options.organisationId } }
        : {
            create: {
              name: organisationName,
              kind,
              localAuthority: options.organisation?.localAuthority ?? "birmingham",
              postcode: options.organisation?.postcode ?? "B1 1AA",
              sector:
                options.organisation?.sector ??
                (kind === "sme" ? "C" : kind === "school" ? "P" : "J"),
              sizeBand: kind === "sme" ? (options.organisation?.sizeBand ?? "small") : null,
              schoolUrn: kind === "school" ? (options.organisation?.schoolUrn ?? "123456") : null,
              schoolPhase: kind === "school" ? "secondary" : null,
              verificationStatus: options.verified === false ? "unverified" : "verified",
            },
          },
    },
    select: { id: true, organisationId: true, organisation: { select: { name: true } } },
  });
  return {
    id: user.id,
    email,
    name,
    organisationId: user.organisationId,
    organisationName: user.organisation.name,
  };
}

// Three ways to be signed in (docs/decisions/014-faster-suites.md):
// - signIn: through the real form. Only for tests about signing in or out, a
//   changed password, suspension, and once per worker and role for the shared accounts.
// - startSession: the test's own user, with a session row made by the app's own
//   createUserSession (what the form's action calls), its cookie put in the browser.
// - the signInShared fixture: this worker's shared user of a role, signed in
//   through the form once and its storage state reused, for tests that read
//   what any user of that role sees and change nothing about the user.

/**
 * The code the user's authenticator app shows now, computed from their secret
 * as the app does. Each code works once, so when this step's code was used
 * already it waits for the next step (at most 30 seconds).
 */
export async function appCodeFor(email: string) {
  const row = await prisma.twoStep.findFirstOrThrow({
    where: { user: { email } },
    select: { secret: true, lastStep: true },
  });
  const secret = openSecret(row.secret);
  if (!secret) throw new Error("The test's SESSION_SECRET does not open this secret");
  while (totpStep(new Date()) <= row.lastStep) await new Promise((r) => setTimeout(r, 500));
  return (await generateTOTP({ ...totpSettings, secret })).otp;
}

/**
 * Sign in through the real form, with the code from the app when two-step sign-in is on.
 * `codeFor` finds the code (a test with its own database passes its own).
 */
export async function signIn(
  page: Page,
  email: string,
  password = PASSWORD,
  codeFor: (email: string) => Promise<string> = appCodeFor,
) {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Attached, not visible: on a phone Sign out waits behind the Menu button.
  const signOut = page.getByRole("button", { name: "Sign out", includeHidden: true });
  const askedForCode = page.getByRole("heading", { name: "Enter your code" });
  await expect(signOut.or(askedForCode).first()).toBeAttached();
  if (await askedForCode.isVisible()) {
    await page.getByLabel("Code").fill(await codeFor(email));
    await page.getByRole("button", { name: "Sign in" }).click();
  }
  await expect(signOut).toBeAttached();
}

/** The session cookie the sign-in action would set, in Playwright's form. */
async function sessionCookieFor(userId: string) {
  const [pair = "", ...attributes] = (await createUserSession(userId))
    .split(";")
    .map((part) => part.trim());
  const at = pair.indexOf("=");
  const attribute = (name: string) =>
    attributes.find((a) => a.toLowerCase().split("=")[0] === name);
  const maxAge = attribute("max-age")?.split("=")[1];
  const sameSite = attribute("samesite")?.split("=")[1]?.toLowerCase();
  return {
    name: pair.slice(0, at),
    value: decodeURIComponent(pair.slice(at + 1)),
    // Cookies do not depend on the port: this one serves every server on 127.0.0.1.
    url: test.info().project.use.baseURL!,
    httpOnly: attribute("httponly") !== undefined,
    secure: attribute("secure") !== undefined,
    sameSite:
      sameSite === "strict"
        ? ("Strict" as const)
        : sameSite === "none"
          ? ("None" as const)
          : ("Lax" as const),
    expires: maxAge ? Math.floor(Date.now() / 1000) + Number(maxAge) : -1,
  };
}

/**
 * Sign a test's own user in without the form: same session row, same cookie,
 * and the page ends where signIn leaves it (home, signed in).
 */
export async function startSession(page: Page, email: string) {
  const { id } = await prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  await page.context().addCookies([await sessionCookieFor(id)]);
  await page.goto("/");
  // Attached, not visible: on a phone Sign out waits behind the Menu button.
  await expect(page.getByRole("button", { name: "Sign out", includeHidden: true })).toBeAttached();
}

/** A second signed-in person in their own browser context. */
export async function signedIn(
  browser: Browser,
  user: { email: string },
  javaScriptEnabled = true,
): Promise<Page> {
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    javaScriptEnabled,
  });
  const page = await context.newPage();
  await startSession(page, user.email);
  return page;
}

type SharedAccount = {
  user: TestUser;
  cookies: Awaited<ReturnType<BrowserContext["storageState"]>>["cookies"];
};

export const test = base.extend<
  { db: typeof prisma; signInShared: (page: Page, kind: Kind) => Promise<TestUser> },
  { sharedAccounts: (kind: Kind) => Promise<SharedAccount> }
>({
  // eslint-disable-next-line no-empty-pattern
  db: async ({}, use) => {
    await use(prisma);
  },

  // One user per role per worker, made when a test first asks for it, signed in
  // through the real form once; its storage state is kept for the worker's later tests.
  sharedAccounts: [
    async ({ browser }, use, workerInfo) => {
      const made = new Map<Kind, Promise<SharedAccount>>();
      const make = async (kind: Kind): Promise<SharedAccount> => {
        const user = await createUser(kind);
        const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL });
        await signIn(await context.newPage(), user.email);
        const { cookies } = await context.storageState();
        await context.close();
        return { user, cookies };
      };
      await use((kind) => {
        if (!made.has(kind)) made.set(kind, make(kind));
        return made.get(kind)!;
      });
    },
    { scope: "worker" },
  ],

  /**
   * Puts this worker's shared user of `kind` into `page`'s context and opens
   * home. Never for a test that signs out, changes the user, or counts what the
   * user did across tests: those make a user of their own (createUser + startSession).
   */
  signInShared: async ({ sharedAccounts }, use) => {
    await use(async (page, kind) => {
      const account = await sharedAccounts(kind);
      await page.context().addCookies(account.cookies);
      await page.goto("/");
      // Attached, not visible: on a phone Sign out waits behind the Menu button.
      await expect(
        page.getByRole("button", { name: "Sign out", includeHidden: true }),
      ).toBeAttached();
      return account.user;
    });
  },
});
