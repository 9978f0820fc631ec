import { describe, expect, expectTypeOf, test } from "vitest";
import { applicationStates, type ApplicationState } from "~/applications/application-state";
import { roles, type Role } from "~/auth/roles";
import * as db from "~/generated/prisma/enums";
import {
  requestStates as mentoringStates,
  type RequestState as MentoringState,
} from "~/mentoring/request-state";
import {
  applyMethods,
  placementDateModes,
  type ApplyMethod,
  type PlacementDateMode,
} from "~/opportunities/options";
import {
  requestStates as placementRequestStates,
  type RequestState as PlacementRequestState,
} from "~/opportunities/request-state";
import { verificationStatuses, type VerificationStatus } from "~/organisations/verification";
import { bands, type Band } from "~/readiness/dimensions";
import { actionStatuses, type ActionStatus } from "~/readiness/action-plan";
import { meetingStates, type MeetingSide, type MeetingState } from "~/mentoring/meeting-state";
import { concernOutcomes, type ConcernOutcome } from "~/opportunities/concerns";

// The app's own lists (with their order and names) are the home of each set of
// values; the schema's enums are the database's copy. These tests fail, in tsc
// and in vitest, when the two differ (docs/decisions/013-prisma-enums.md).
const sorted = (values: readonly string[]) => [...values].sort();

describe("each Prisma enum holds exactly the app's values", () => {
  test("roles and organisation kinds", () => {
    expectTypeOf<Role>().toEqualTypeOf<db.Role>();
    expect(sorted(roles)).toEqual(sorted(Object.values(db.Role)));
  });

  test("verification statuses", () => {
    expectTypeOf<VerificationStatus>().toEqualTypeOf<db.VerificationStatus>();
    expect(sorted(verificationStatuses)).toEqual(sorted(Object.values(db.VerificationStatus)));
  });

  test("readiness bands", () => {
    expectTypeOf<Band>().toEqualTypeOf<db.ReadinessBand>();
    expect(sorted(bands)).toEqual(sorted(Object.values(db.ReadinessBand)));
  });

  test("apprenticeship apply methods and placement date modes", () => {
    expectTypeOf<ApplyMethod>().toEqualTypeOf<db.ApplyMethod>();
    expectTypeOf<PlacementDateMode>().toEqualTypeOf<db.PlacementDateMode>();
    expect(sorted(applyMethods.map((m) => m.id))).toEqual(sorted(Object.values(db.ApplyMethod)));
    expect(sorted(placementDateModes.map((m) => m.id))).toEqual(
      sorted(Object.values(db.PlacementDateMode)),
    );
  });

  test("placement request states", () => {
    expectTypeOf<PlacementRequestState>().toEqualTypeOf<db.PlacementRequestState>();
    expect(sorted(placementRequestStates)).toEqual(sorted(Object.values(db.PlacementRequestState)));
  });

  test("mentoring request states", () => {
    expectTypeOf<MentoringState>().toEqualTypeOf<db.MentoringRequestState>();
    expect(sorted(mentoringStates)).toEqual(sorted(Object.values(db.MentoringRequestState)));
  });

  test("application states", () => {
    expectTypeOf<ApplicationState>().toEqualTypeOf<db.ApplicationState>();
    expect(sorted(applicationStates)).toEqual(sorted(Object.values(db.ApplicationState)));
  });

  test("action plan statuses", () => {
    expectTypeOf<ActionStatus>().toEqualTypeOf<db.ActionItemStatus>();
    expect(sorted(actionStatuses)).toEqual(sorted(Object.values(db.ActionItemStatus)));
  });

  test("planned mentoring session states and the two sides", () => {
    expectTypeOf<MeetingState>().toEqualTypeOf<db.MeetingState>();
    expectTypeOf<MeetingSide>().toEqualTypeOf<db.FeedbackSide>();
    expect(sorted(meetingStates)).toEqual(sorted(Object.values(db.MeetingState)));
  });

  test("placement concern outcomes", () => {
    expectTypeOf<ConcernOutcome>().toEqualTypeOf<db.ConcernOutcome>();
    expect(sorted(concernOutcomes)).toEqual(sorted(Object.values(db.ConcernOutcome)));
  });
});
