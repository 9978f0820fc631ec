// A real deployment's first run: never demo accounts unless asked, and the
// first staff account made from the command line (`npm run staff:create`),
// like GitLab's or Discourse's first-admin command (decision 024).
import { z } from "zod";
import { recordAudit } from "~/audit/audit.server";
import { COMMON_PASSWORD_MESSAGE, newPasswordSchema } from "~/auth/password-policy";
import { isCommonPassword } from "~/auth/common-passwords.server";
import { hashPassword } from "~/auth/password.server";
import { createToken } from "~/auth/tokens.server";
import { done, refused, type CommandResult } from "~/command-result";
import { prisma } from "~/db.server";
import { siteOrigin } from "~/env.server";
import { emailAddress } from "~/forms/fields";
import { emailInUse } from "./accounts.server";

/** Every demo seed address ends with this (prisma/seed/demo.ts). */
export const DEMO_EMAIL_DOMAIN = "demo.skillsbridge.test";

/** A site people reach over https at a real name, not a machine trying the demo. */
export function isRealSite(appOrigin: string | undefined) {
  if (!appOrigin) return false;
  const url = new URL(appOrigin);
  const local = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  return url.protocol === "https:" && !local && !url.hostname.endsWith(".localhost");
}

/**
 * Whether an empty database gets the demo data. SEED_DEMO=true or false says
 * so; unset, only a demo does (`npm start` on a fresh clone), never a real site.
 */
export function shouldSeedDemo(env: { SEED_DEMO?: string; APP_ORIGIN?: string }) {
  if (env.SEED_DEMO === "true") return true;
  if (env.SEED_DEMO === "false") return false;
  return !isRealSite(env.APP_ORIGIN);
}

/**
 * Before serving: a real site with demo accounts (their password is in the
 * README) must not start, unless SEED_DEMO=true says it is a demo. Throws the
 * message the operator reads.
 */
export async function refuseDemoAccountsOnRealSite(env: {
  SEED_DEMO?: string;
  APP_ORIGIN?: string;
}) {
  if (!isRealSite(env.APP_ORIGIN) || env.SEED_DEMO === "true") return;
  const count = await prisma.user.count({
    where: {
      OR: [
        { email: { endsWith: `@${DEMO_EMAIL_DOMAIN}` } },
        { email: { endsWith: `.${DEMO_EMAIL_DOMAIN}` } },
      ],
    },
  });
  if (count === 0) return;
  throw new Error(
    [
      `This database has ${count} demo account(s) (…@${DEMO_EMAIL_DOMAIN}), whose password is published in the README,`,
      `and the site is served as ${env.APP_ORIGIN}, so SkillsBridge will not start.`,
      "For a real site, start from an empty database (see docs/operations.md, First run).",
      "If this really is a demo, set SEED_DEMO=true.",
    ].join("\n"),
  );
}

export const staffCreateSchema = z.object({
  email: emailAddress({ required: "Say the new staff member's email address" }),
  name: z.string().trim().min(1).max(100).optional(),
  organisation: z.string().trim().min(1).max(200).optional(),
});

/** The staff organisation's name when the first staff account makes it. */
export const DEFAULT_STAFF_ORGANISATION = "Partnership staff";

/** Who the audit trail names for accounts made at the command line. */
export const COMMAND_LINE_ACTOR = { id: "command-line", email: "npm run staff:create" };

/**
 * Make a staff account from the command line. With a password (read from
 * standard input, checked by the sign-up rules) the account is ready; without
 * one, answer a single-use set-up link: the staff invitation, so the person
 * picks their name and password on /join. Audited either way.
 */
export async function createStaffAccount(input: {
  email: string;
  name?: string;
  organisation?: string;
  password?: string;
}): Promise<CommandResult<{ setUpLink?: string }>> {
  const parsed = staffCreateSchema.safeParse(input);
  if (!parsed.success) return refused(parsed.error.issues[0]?.message ?? "Check the details");
  const { email } = parsed.data;
  if (input.password !== undefined) {
    const rule = newPasswordSchema.safeParse(input.password);
    if (!rule.success) return refused(rule.error.issues[0]?.message ?? "Choose another password");
    if (isCommonPassword(input.password)) return refused(COMMON_PASSWORD_MESSAGE);
  }
  if (await emailInUse(email)) return refused(`There is already an account for ${email}.`);

  const staffOrganisation =
    (await prisma.organisation.findFirst({
      where: { kind: "staff" },
      orderBy: { createdAt: "asc" },
      select: { id: true },
    })) ??
    (await prisma.organisation.create({
      data: {
        name: parsed.data.organisation ?? DEFAULT_STAFF_ORGANISATION,
        kind: "staff",
        verificationStatus: "verified",
        verifiedAt: new Date(),
      },
      select: { id: true },
    }));

  if (input.password !== undefined) {
    const hash = await hashPassword(input.password);
    await prisma.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          email,
          name: parsed.data.name ?? email.split("@")[0]!,
          role: "staff",
          organisationId: staffOrganisation.id,
          // The operator typed the address for a colleague they know.
          emailConfirmedAt: new Date(),
          password: { create: { hash } },
        },
        select: { id: true },
      });
      await recordAudit(
        COMMAND_LINE_ACTOR,
        { action: "staff.create", targetType: "user", targetId: user.id, targetLabel: email },
        tx,
      );
    });
    return done({});
  }

  const token = await prisma.$transaction(async (tx) => {
    const token = await createToken(
      { purpose: "invite", email, organisationId: staffOrganisation.id },
      tx,
    );
    await recordAudit(
      COMMAND_LINE_ACTOR,
      { action: "staff.create", targetType: "invitation", targetId: email, targetLabel: email },
      tx,
    );
    return token;
  });
  return done({ setUpLink: `${siteOrigin()}/join?token=${token}` });
}
