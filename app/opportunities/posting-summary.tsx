// The facts of a posting as summary-list rows, shared by the employer's,
// the staff reviewer's and the public pages, so all three show the same.
import { type SummaryRow } from "~/components/ui";
import { localAuthorityName, sectorName } from "~/organisations/reference-data";
import { apprenticeshipFields, placementDetailFields } from "./posting-fields";
import {
  applyMethodName,
  dateModeName,
  formatName,
  routeName,
  wageText,
  yearGroupsText,
} from "./display";
import { formatDate } from "~/time/format";

export const apprenticeshipSummarySelect = { id: true, ...apprenticeshipFields } as const;

type Day = Date | string;

export type ApprenticeshipSummary = {
  shortDescription: string;
  standard: string;
  level: number;
  route: string;
  positions: number;
  weeklyHours: number;
  durationMonths: number;
  wageType: string;
  wageWeeklyPence: number | null;
  startDate: Day;
  closingDate: Day;
  postcode: string;
  localAuthority: string;
  trainingProvider: string;
  skillsWanted: string;
  qualificationsWanted: string;
  applyMethod: string;
  applyUrl: string | null;
  applyEmail: string | null;
  disabilityConfident: boolean;
};

const text = (value: string) => <span className="pre-line">{value}</span>;

export function apprenticeshipRows(
  a: ApprenticeshipSummary,
  options: { full?: boolean } = {},
): SummaryRow[] {
  return [
    { key: "Closing date", value: formatDate(a.closingDate) },
    { key: "Start date", value: formatDate(a.startDate) },
    { key: "Wage", value: wageText(a.wageType, a.wageWeeklyPence) },
    { key: "Hours a week", value: String(a.weeklyHours) },
    { key: "How long", value: `${a.durationMonths} months` },
    { key: "Standard", value: `${a.standard}, level ${a.level}` },
    { key: "Route", value: routeName(a.route) },
    { key: "Positions", value: String(a.positions) },
    { key: "Where", value: `${a.postcode}, ${localAuthorityName(a.localAuthority)}` },
    { key: "Training provider", value: a.trainingProvider },
    { key: "Skills wanted", value: text(a.skillsWanted) },
    ...(a.qualificationsWanted
      ? [{ key: "Qualifications wanted", value: text(a.qualificationsWanted) }]
      : []),
    ...(options.full
      ? [
          { key: "Short description", value: text(a.shortDescription) },
          {
            key: "How to apply",
            value:
              a.applyMethod === "external"
                ? (a.applyUrl ?? "")
                : a.applyMethod === "email"
                  ? `By email to ${a.applyEmail ?? ""}`
                  : applyMethodName(a.applyMethod),
          },
        ]
      : []),
    { key: "Disability Confident", value: a.disabilityConfident ? "Yes" : "No" },
  ];
}

export const placementSummarySelect = { id: true, ...placementDetailFields } as const;

export type PlacementSummary = {
  sector: string;
  dateMode: string;
  startDate: Day;
  endDate: Day;
  daysAndHours: string;
  yearGroups: string;
  minAge: number | null;
  maxAge: number | null;
  places: number;
  format: string;
  postcode: string | null;
  localAuthority: string | null;
  supervisorName: string;
  accessibility: string;
  dressCode: string;
  travelNotes: string;
};

export function placementRows(p: PlacementSummary): SummaryRow[] {
  const ages = p.minAge || p.maxAge ? `${p.minAge ?? 14} to ${p.maxAge ?? 18}` : null;
  return [
    {
      key: "Dates",
      value: `${formatDate(p.startDate)} to ${formatDate(p.endDate)} (${dateModeName(p.dateMode).toLowerCase()})`,
    },
    { key: "Days and hours", value: p.daysAndHours },
    { key: "Sector", value: sectorName(p.sector) },
    { key: "Year groups", value: yearGroupsText(p.yearGroups) },
    ...(ages ? [{ key: "Ages", value: ages }] : []),
    { key: "Places", value: String(p.places) },
    { key: "In person or online", value: formatName(p.format) },
    ...(p.localAuthority || p.postcode
      ? [
          {
            key: "Where",
            value: [p.postcode, localAuthorityName(p.localAuthority)].filter(Boolean).join(", "),
          },
        ]
      : []),
    { key: "Supervisor", value: p.supervisorName },
    ...(p.accessibility ? [{ key: "Accessibility", value: text(p.accessibility) }] : []),
    ...(p.dressCode ? [{ key: "Dress code", value: p.dressCode }] : []),
    ...(p.travelNotes ? [{ key: "Travel", value: text(p.travelNotes) }] : []),
  ];
}
