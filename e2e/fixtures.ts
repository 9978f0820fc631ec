import crypto from "node:crypto";
import { test as base, expect, type Page } from "@playwright/test";
import { hashPassword } from "../app/auth/password.server";
import { prisma } from "../app/db.server";

export { expect };

export const PASSWORD = "correct horse battery staple";

export function uniqueEmail(prefix: string) {
  return `${prefix}-${crypto.randomBytes(5).toString("hex")}@e2e.skillsbridge.test`;
}

type Kind = "sme" | "school" | "board" | "staff";

export type TestUser = { id: string; email: string; name: string; organisationId: string; organisationName: string };

/** Make an organisation and its first member straight in the e2e database. */
export async function createUser(
  kind: Kind,
  options: {
    confirmed?: boolean;
    verified?: boolean;
    organisation?: Partial<{ name: string; localAuthority: string; sector: string; sizeBand: string; postcode: string; schoolUrn: string }>;
    organisationId?: string;
    name?: string;
  } = {},
): Promise<TestUser> {
  const email = uniqueEmail(kind);
  const name = options.name ?? `Test ${kind} ${email.slice(kind.length + 1, kind.length + 6)}`;
  const organisationName = options.organisation?.name ?? `Test ${kind} organisation ${crypto.randomBytes(3).toString("hex")}`;
  const user = await prisma.user.create({
    data: {
      email,
      name,
      role: kind,
      emailConfirmedAt: options.confirmed === false ? null : new Date(),
      password: { create: { hash: await hashPassword(PASSWORD) } },
      organisation: options.organisationId
        ? { connect: { id: options.organisationId } }
        : {
            create: {
              name: organisationName,
              kind,
              localAuthority: options.organisation?.localAuthority ?? "birmingham",
              postcode: options.organisation?.postcode ?? "B1 1AA",
              sector: options.organisation?.sector ?? (kind === "sme" ? "C" : kind === "school" ? "P" : "J"),
              sizeBand: kind === "sme" ? (options.organisation?.sizeBand ?? "small") : null,
              schoolUrn: kind === "school" ? (options.organisation?.schoolUrn ?? "123456") : null,
              schoolPhase: kind === "school" ? "secondary" : null,
              verificationStatus: options.verified === false ? "unverified" : "verified",
            },
          },
    },
    select: { id: true, organisationId: true, organisation: { select: { name: true } } },
  });
  return { id: user.id, email, name, organisationId: user.organisationId, organisationName: user.organisation.name };
}

/** Sign in through the real form. */
export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

export const test = base.extend<{ db: typeof prisma }>({
  // eslint-disable-next-line no-empty-pattern
  db: async ({}, use) => {
    await use(prisma);
  },
});
