// The other side's contact details on a placement request page, once accepted.
import { SummaryList } from "~/components/ui";
import {
  daysOpenAfterPlacementEnds,
  type EmployerContact,
  type SchoolContact,
} from "./after-acceptance";

const orNone = (value: string) => value || "Not given";

export function ContactDetails({
  employer,
  school,
  viewerIsEmployer,
}: {
  employer: EmployerContact;
  school: SchoolContact;
  viewerIsEmployer: boolean;
}) {
  return (
    <section aria-labelledby="contact-heading">
      <h2 className="heading-m" id="contact-heading">
        {viewerIsEmployer ? "Your contact at the school" : "Your contact at the employer"}
      </h2>
      {viewerIsEmployer ? (
        <SummaryList
          rows={[
            { key: "School", value: school.organisation },
            { key: "Careers lead", value: orNone(school.name) },
            {
              key: "Email",
              value: school.email ? (
                <a href={`mailto:${school.email}`}>{school.email}</a>
              ) : (
                "Not given"
              ),
            },
            { key: "Phone", value: orNone(school.phone) },
          ]}
        />
      ) : (
        <SummaryList
          rows={[
            { key: "Employer", value: employer.organisation },
            {
              key: "Placement contact",
              value: `${orNone(employer.name)}${employer.role ? `, ${employer.role}` : ""}`,
            },
            {
              key: "Email",
              value: employer.email ? (
                <a href={`mailto:${employer.email}`}>{employer.email}</a>
              ) : (
                "Not given"
              ),
            },
            { key: "Phone", value: orNone(employer.phone) },
            ...(employer.online
              ? []
              : [
                  {
                    key: "Workplace address",
                    value: <span className="pre-line">{orNone(employer.workplaceAddress)}</span>,
                  },
                ]),
            {
              key: "On the first day",
              value: <span className="pre-line">{orNone(employer.firstDayDetails)}</span>,
            },
          ]}
        />
      )}
      <p className="body">
        You can see these details until {daysOpenAfterPlacementEnds} days after the placement ends.
        Use them only to arrange this placement.
      </p>
    </section>
  );
}
