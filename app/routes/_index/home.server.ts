import type { SessionUser } from "~/auth/session.server";
import type { HomeStep, RoleHome } from "./route";

// What each kind of user should do next. Later features add their own steps.
const stepsByRole: Record<SessionUser["role"], HomeStep[]> = {
  sme: [
    { title: "Your account", text: "Check your details and invite colleagues.", href: "/account" },
  ],
  school: [
    { title: "Your account", text: "Check your school's details and invite colleagues.", href: "/account" },
  ],
  board: [
    { title: "Your account", text: "Check your details and invite colleagues from your firm.", href: "/account" },
  ],
  staff: [
    { title: "Your account", text: "Check your details.", href: "/account" },
  ],
};

export async function homeFor(user: SessionUser): Promise<RoleHome> {
  return {
    role: user.role,
    firstName: user.name.split(" ")[0] ?? user.name,
    organisationName: user.organisation.name,
    emailConfirmed: Boolean(user.emailConfirmedAt),
    verificationStatus: user.organisation.verificationStatus,
    nextSteps: stepsByRole[user.role],
  };
}
