// What the employer confirmed about safeguarding, as schools see it on every
// placement (issue 11): insurance, risk assessment, DBS checks, the named
// contact, and whether the partnership has checked the employer.
import type { SummaryRow } from "~/components/ui";
import { formatDate } from "~/time/format";
import { formatWholePounds } from "./money";

export type SafeguardingFacts = {
  insuranceConfirmed: boolean;
  insurer: string | null;
  insuranceExpiry: Date | string | null;
  insuranceCoverPounds: number | null;
  riskAssessmentReviewed: boolean;
  riskAssessmentWritten: string | null;
  dbsNeeded: string | null;
  safeguardingContactName: string | null;
  employerVerified: boolean;
};

/** The rows, in plain words; an answer not given says so rather than guessing. */
export function safeguardingRows(s: SafeguardingFacts): SummaryRow[] {
  const insurance =
    s.insuranceConfirmed && s.insurer && s.insuranceCoverPounds !== null && s.insuranceExpiry
      ? `Checked: ${formatWholePounds(s.insuranceCoverPounds)} cover with ${s.insurer}, until ${formatDate(s.insuranceExpiry)}`
      : "Not confirmed";
  const risk = s.riskAssessmentReviewed
    ? `Reviewed for young people${s.riskAssessmentWritten === "yes" ? ", and written down" : ""}`
    : "Not confirmed";
  const dbs =
    s.dbsNeeded === "yes"
      ? "Yes, a supervisor needs a DBS check"
      : s.dbsNeeded === "no"
        ? "No supervisor needs a DBS check"
        : "Not answered";
  return [
    { key: "Employer's liability insurance", value: insurance },
    { key: "Risk assessment", value: risk },
    { key: "DBS checks", value: dbs },
    { key: "Safeguarding contact", value: s.safeguardingContactName || "Not given" },
    {
      key: "Checked by the partnership",
      value: s.employerVerified ? "Yes, this employer has been checked" : "Not yet",
    },
  ];
}
