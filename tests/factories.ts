import crypto from "node:crypto";
import { prisma } from "~/db.server";

// Small helpers for unit tests that need rows in the test file's own database.
export async function makeUser(
  kind: "sme" | "school" | "board" | "staff" = "sme",
  options: {
    confirmed?: boolean;
    organisationId?: string;
    createdAt?: Date;
    verified?: boolean;
    /** An organisation admin. By default, as in the app, the user who makes a new organisation is one. */
    admin?: boolean;
  } = {},
) {
  const tag = crypto.randomBytes(4).toString("hex");
  return prisma.user.create({
    data: {
      email: `${kind}-${tag}@unit.test`,
      name: `Unit ${kind} ${tag}`,
      role: kind,
      emailConfirmedAt: options.confirmed === false ? null : new Date(),
      createdAt: options.createdAt,
      isOrgAdmin: options.admin ?? !options.organisationId,
      organisation: options.organisationId
        ? { connect: { id: options.organisationId } }
        : {
            create: {
              name: `Org ${tag}`,
              kind,
              localAuthority: "birmingham",
              verificationStatus: options.verified ? "verified" : "unverified",
            },
          },
    },
    select: { id: true, email: true, organisationId: true },
  });
}

export function requestWithCookie(
  cookie: string | null,
  url = "http://localhost/account",
  init: RequestInit = {},
) {
  const headers = new Headers(init.headers);
  if (cookie) headers.set("Cookie", cookie.split(";")[0]!);
  return new Request(url, { ...init, headers });
}
