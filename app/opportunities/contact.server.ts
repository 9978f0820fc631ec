// The two sides' contact details for one placement request: read with the
// request, and handed out only when `mayShowContact` says so (after-acceptance.ts).
import {
  contactNameOf,
  mayShowContact,
  type EmployerContact,
  type RequestContacts,
  type SchoolContact,
  type Viewer,
} from "./after-acceptance";
import { placementContactFields } from "./posting-fields";
import { requestStateOf } from "./request-state";
import { employerNameOf, schoolNameOf } from "./former";

/** Add to a placementRequest `select` to read both sides' contact details. */
export const requestContactSelect = {
  state: true,
  schoolOrgId: true,
  contactPhone: true,
  school: { select: { name: true } },
  requestedBy: { select: { name: true, email: true } },
  placement: {
    select: {
      organisationId: true,
      endDate: true,
      format: true,
      supervisorName: true,
      ...placementContactFields,
      organisation: { select: { name: true } },
    },
  },
} as const;

type ContactRow = {
  state: string;
  schoolOrgId: string | null;
  contactPhone: string;
  school: { name: string } | null;
  requestedBy: { name: string; email: string } | null;
  placement: {
    organisationId: string | null;
    endDate: Date;
    format: string;
    supervisorName: string;
    contactIsSupervisor: boolean;
    contactName: string;
    contactRole: string;
    contactEmail: string;
    contactPhone: string;
    workplaceAddress: string;
    firstDayDetails: string;
    organisation: { name: string } | null;
  };
};

/** Both sides' contact details, built from the row without asking who is looking. */
export function contactsOf(row: ContactRow): RequestContacts {
  const p = row.placement;
  return {
    employer: {
      organisation: employerNameOf(p.organisation),
      name: contactNameOf(p),
      role: p.contactRole,
      email: p.contactEmail,
      phone: p.contactPhone,
      workplaceAddress: p.workplaceAddress,
      firstDayDetails: p.firstDayDetails,
      online: p.format === "virtual",
    },
    school: {
      organisation: schoolNameOf(row.school),
      name: row.requestedBy?.name ?? "",
      email: row.requestedBy?.email ?? "",
      phone: row.contactPhone,
    },
  };
}

/** The contact details this viewer may see now, or null (anyone else, or outside the window). */
export function contactsFor(viewer: Viewer, row: ContactRow, now: Date): RequestContacts | null {
  const parties = {
    state: requestStateOf(row.state),
    schoolOrgId: row.schoolOrgId,
    employerOrgId: row.placement.organisationId,
    placementEndDate: row.placement.endDate,
  };
  return mayShowContact(viewer, parties, now) ? contactsOf(row) : null;
}

const orNone = (value: string) => value || "Not given";

/** The employer's contact as lines of an email to the school. */
export function employerContactLines(c: EmployerContact): string[] {
  return [
    `Your contact at ${c.organisation}: ${orNone(c.name)}${c.role ? ` (${c.role})` : ""}. Email: ${orNone(c.email)}. Phone: ${orNone(c.phone)}.`,
    ...(c.online ? [] : [`Workplace address: ${orNone(c.workplaceAddress)}`]),
    `On the first day: ${orNone(c.firstDayDetails)}`,
  ];
}

/** The school's contact as lines of an email to the employer. */
export function schoolContactLines(c: SchoolContact): string[] {
  return [
    `Your contact at ${c.organisation}: ${orNone(c.name)}. Email: ${orNone(c.email)}. Phone: ${orNone(c.phone)}.`,
  ];
}
