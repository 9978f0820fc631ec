import { describe, expect, it } from "vitest";
import { at } from "../../tests/at";
import { edsAreaDimension, edsAreaIds } from "../readiness/dimensions";
import {
  coverFromTags,
  COVERAGE_SCALE,
  FORMAT_FIT_POINTS,
  NEARBY_AREA_POINTS,
  SAME_AREA_POINTS,
  SPARE_PLACES_COUNTED,
  SPARE_POINTS_PER_PLACE,
  areNeighbours,
  rankMentors,
  rankOffers,
  type MentorCandidate,
  type OfferCandidate,
  type SmeMatchContext,
} from "./ranking";
import { localAuthorityIds } from "../organisations/reference-data";
import { weakestDimensions, type DimensionScores } from "../readiness/scoring";

// Weakest: data 22, cyber 40, automation 45; then readiness 60, workforce 70, strategy 80.
const scores: DimensionScores = {
  strategy: 80,
  readiness: 60,
  workforce: 70,
  data: 22,
  automation: 45,
  cyber: 40,
};

const sme: SmeMatchContext = { scores, preferredFormat: "online", localAuthority: "coventry" };

function mentor(overrides: Partial<MentorCandidate> & { id: string }): MentorCandidate {
  return {
    name: `Mentor ${overrides.id}`,
    expertise: [],
    edsAreas: [],
    capacity: 3,
    activeCount: 1,
    format: "online",
    localAuthority: null,
    takingRequests: true,
    ...overrides,
  };
}

function offer(overrides: Partial<OfferCandidate> & { id: string }): OfferCandidate {
  return {
    title: `Offer ${overrides.id}`,
    dimensions: [],
    format: "online",
    localAuthority: null,
    seats: 20,
    seatsBooked: 0,
    startsAt: null,
    ...overrides,
  };
}

const ids = (list: { id: string }[]) => list.map((m) => m.id);

describe("ranking mentors by the gaps they cover", () => {
  it("ranks on the same weakest areas as the results page: a Leading dimension is no gap", () => {
    const strong = { ...scores, automation: 90, cyber: 76 };
    const result = rankMentors({ ...sme, scores: strong }, [
      mentor({ id: "leading", expertise: ["automation", "cyber"] }),
    ]);
    expect(result.weakest).toEqual(weakestDimensions(strong));
    expect(result.weakest.map((w) => w.dimension)).toEqual(["data", "readiness", "workforce"]);
    expect(at(result.matches, 0).reasons.some((r) => r.startsWith("Covers"))).toBe(false);
  });

  it("a mentor covering the weakest dimension beats one covering the third weakest", () => {
    const result = rankMentors(sme, [
      mentor({ id: "third", name: "Aaron", expertise: ["automation"] }),
      mentor({ id: "weakest", name: "Zoe", expertise: ["data"] }),
    ]);
    expect(ids(result.matches)).toEqual(["weakest", "third"]);
  });

  it("scores coverage as (100 − score) for each covered weak dimension", () => {
    const result = rankMentors(sme, [mentor({ id: "a", expertise: ["data", "cyber"] })]);
    const practical =
      Math.min(2, SPARE_PLACES_COUNTED) * SPARE_POINTS_PER_PLACE + FORMAT_FIT_POINTS;
    expect(at(result.matches, 0).score).toBe((78 + 60) * COVERAGE_SCALE + practical);
  });

  it("covering two weak areas beats covering one", () => {
    const result = rankMentors(sme, [
      mentor({ id: "one", name: "Aaron", expertise: ["data"] }),
      mentor({ id: "two", name: "Zoe", expertise: ["data", "automation"] }),
    ]);
    expect(ids(result.matches)).toEqual(["two", "one"]);
  });

  it("ignores expertise outside the weakest three", () => {
    const result = rankMentors(sme, [
      mentor({
        id: "strong-areas",
        name: "Aaron",
        expertise: ["strategy", "readiness", "workforce"],
      }),
      mentor({ id: "weak-area", name: "Zoe", expertise: ["automation"] }),
    ]);
    expect(ids(result.matches)).toEqual(["weak-area", "strong-areas"]);
    expect(at(result.matches, 1).reasons.some((r) => r.includes("Covers"))).toBe(false);
  });

  it("counts an Essential Digital Skills area as its part of workforce skills, and says so", () => {
    const weakWorkforce = { ...scores, workforce: 10 };
    const result = rankMentors({ ...sme, scores: weakWorkforce }, [
      mentor({ id: "none", name: "Aaron" }),
      mentor({ id: "eds", name: "Zoe", edsAreas: ["communicating"] }),
    ]);
    expect(ids(result.matches)).toEqual(["eds", "none"]);
    expect(at(result.matches, 0).reasons[0]).toBe(
      "Covers part of your weakest area: Workforce digital skills (score 10), the part on Communicating (1 of 5 parts)",
    );
    // One of five parts of a gap of 90.
    expect(at(result.matches, 0).score).toBe(
      18 * COVERAGE_SCALE + 2 * SPARE_POINTS_PER_PLACE + FORMAT_FIT_POINTS,
    );
  });

  it("a mentor tagged with the SME's real weak area beats one whose EDS tag touches another (issue 17)", () => {
    const weak = {
      strategy: 80,
      readiness: 70,
      workforce: 30,
      data: 35,
      automation: 60,
      cyber: 90,
    };
    const result = rankMentors({ ...sme, scores: weak }, [
      mentor({
        id: "cyber",
        name: "Aaron",
        expertise: ["cyber", "readiness"],
        edsAreas: ["safe-and-legal"],
      }),
      mentor({ id: "data", name: "Zoe", expertise: ["data"] }),
    ]);
    expect(ids(result.matches)).toEqual(["data", "cyber"]);
    const cyberReasons = at(result.matches, 1).reasons;
    expect(
      cyberReasons.some((r) => r.startsWith("Covers one of your weakest areas: Workforce")),
    ).toBe(false);
    expect(cyberReasons[0]).toBe(
      "Covers part of your weakest area: Workforce digital skills (score 30), the part on Being safe and legal online (1 of 5 parts)",
    );
  });

  it("shows a cover reason only for a dimension the candidate's own tags name", () => {
    const result = rankMentors(sme, [
      mentor({ id: "a", expertise: ["strategy"], edsAreas: ["transacting", "communicating"] }),
    ]);
    // Weakest: data, cyber, automation; none is tagged, workforce is not weak.
    expect(at(result.matches, 0).reasons.some((r) => r.includes("over"))).toBe(false);
    const offers = rankOffers(sme, [offer({ id: "o", dimensions: ["cyber"] })]);
    expect(at(offers.matches, 0).reasons[0]).toBe(
      "Covers one of your weakest areas: Cyber security (score 40)",
    );
  });

  it("all five EDS areas cover the whole of workforce skills, like the dimension tag", () => {
    const weakWorkforce = { ...scores, workforce: 10 };
    const all = coverFromTags([], [...edsAreaIds]);
    expect(all.get("workforce")?.share).toBe(1);
    const result = rankMentors({ ...sme, scores: weakWorkforce }, [
      mentor({ id: "areas", name: "Aaron", edsAreas: [...edsAreaIds] }),
      mentor({ id: "tag", name: "Zoe", expertise: ["workforce"] }),
    ]);
    expect(at(result.matches, 0).score).toBe(at(result.matches, 1).score);
  });

  it("maps every EDS area to workforce skills, explicitly", () => {
    expect(edsAreaDimension).toEqual({
      communicating: "workforce",
      "handling-information": "workforce",
      transacting: "workforce",
      "problem-solving": "workforce",
      "safe-and-legal": "workforce",
    });
  });

  it("practical points never outweigh one point of coverage", () => {
    const maxPractical =
      SPARE_PLACES_COUNTED * SPARE_POINTS_PER_PLACE + FORMAT_FIT_POINTS + SAME_AREA_POINTS;
    expect(maxPractical).toBeLessThan(COVERAGE_SCALE);
    const close = { ...scores, cyber: 41, data: 40 }; // data weakest by one point
    const result = rankMentors({ ...sme, scores: close, preferredFormat: "either" }, [
      mentor({
        id: "cyber-local",
        name: "Aaron",
        expertise: ["cyber"],
        capacity: 10,
        activeCount: 0,
        format: "either",
        localAuthority: "coventry",
      }),
      mentor({
        id: "data-far",
        name: "Zoe",
        expertise: ["data"],
        capacity: 1,
        activeCount: 0,
        format: "in-person",
        localAuthority: "walsall",
      }),
    ]);
    expect(ids(result.matches)).toEqual(["data-far", "cyber-local"]);
  });
});

describe("reasons", () => {
  it("names the dimension and its score, weakest first", () => {
    const result = rankMentors(sme, [
      mentor({ id: "a", expertise: ["cyber", "data"], capacity: 4, activeCount: 2 }),
    ]);
    expect(at(result.matches, 0).reasons).toEqual([
      "Covers your weakest area: Data management (score 22)",
      "Also covers: Cyber security (score 40)",
      "Has space for 2 more firms",
      "Meets online, which suits you",
    ]);
  });

  it("says 'one of your weakest areas' when the weakest is not covered", () => {
    const result = rankMentors(sme, [mentor({ id: "a", expertise: ["automation"], capacity: 2 })]);
    expect(at(result.matches, 0).reasons).toEqual([
      "Covers one of your weakest areas: Automation and AI (score 45)",
      "Has space for 1 more firm",
      "Meets online, which suits you",
    ]);
  });

  it("rounds scores in the reasons", () => {
    const result = rankMentors({ ...sme, scores: { ...scores, data: 22.6 } }, [
      mentor({ id: "a", expertise: ["data"] }),
    ]);
    expect(at(result.matches, 0).reasons[0]).toBe(
      "Covers your weakest area: Data management (score 23)",
    );
  });

  it("says where an in-person mentor is based", () => {
    const inPerson = { ...sme, preferredFormat: "in-person" as const };
    const result = rankMentors(inPerson, [
      mentor({ id: "same", format: "in-person", localAuthority: "coventry" }),
      mentor({ id: "near", format: "either", localAuthority: "solihull" }),
    ]);
    const byId = Object.fromEntries(result.matches.map((m) => [m.id, m.reasons]));
    expect(byId.same).toContain("Based in Coventry, like you");
    expect(byId.same).toContain("Meets in person, which suits you");
    expect(byId.near).toContain("Based in Solihull, near you");
  });

  it("says when the format does not suit", () => {
    const result = rankMentors(sme, [mentor({ id: "a", format: "in-person" })]);
    expect(at(result.matches, 0).reasons).toContain("Only meets in person");
  });
});

describe("the way the SME meets", () => {
  const inPersonOnly: SmeMatchContext = {
    ...sme,
    preferredFormat: "in-person",
    localAuthority: "coventry",
  };

  it("an in-person-only firm never sees an online-only mentor above an in-person one covering the same gap", () => {
    const result = rankMentors(inPersonOnly, [
      // Covers more, has more space, but cannot meet in person.
      mentor({
        id: "online",
        name: "Aaron",
        expertise: ["data", "cyber", "automation"],
        format: "online",
        capacity: 10,
        activeCount: 0,
      }),
      mentor({
        id: "in-person",
        name: "Zoe",
        expertise: ["data"],
        format: "in-person",
        localAuthority: "walsall",
        capacity: 1,
        activeCount: 0,
      }),
    ]);
    expect(ids(result.matches)).toEqual(["in-person", "online"]);
    expect(at(result.matches, 1).reasons).toContain("Only meets online");
  });

  it("a mentor who meets either way counts as in person", () => {
    const result = rankMentors(inPersonOnly, [
      mentor({ id: "online", name: "Aaron", expertise: ["data"], format: "online" }),
      mentor({ id: "either", name: "Zoe", expertise: ["automation"], format: "either" }),
    ]);
    expect(ids(result.matches)).toEqual(["either", "online"]);
  });

  it("an online-only firm sees in-person-only offers last, whatever they cover", () => {
    const result = rankOffers(sme, [
      offer({ id: "hall", title: "A", dimensions: ["data", "cyber"], format: "in-person" }),
      offer({ id: "web", title: "B", dimensions: ["automation"], format: "online" }),
    ]);
    expect(ids(result.matches)).toEqual(["web", "hall"]);
  });

  it("a firm happy either way ranks on cover first, as before", () => {
    const result = rankMentors({ ...sme, preferredFormat: "either" }, [
      mentor({ id: "online", name: "Aaron", expertise: ["data"], format: "online" }),
      mentor({ id: "in-person", name: "Zoe", expertise: ["automation"], format: "in-person" }),
    ]);
    expect(ids(result.matches)).toEqual(["online", "in-person"]);
  });
});

describe("ties and practical fit", () => {
  it("breaks ties by name, then id, whatever the input order", () => {
    const list = [
      mentor({ id: "m3", name: "Bea", expertise: ["data"] }),
      mentor({ id: "m2", name: "ann", expertise: ["data"] }),
      mentor({ id: "m1", name: "Ann", expertise: ["data"] }),
    ];
    const expected = ["m1", "m2", "m3"];
    expect(ids(rankMentors(sme, list).matches)).toEqual(expected);
    expect(ids(rankMentors(sme, [...list].reverse()).matches)).toEqual(expected);
  });

  it("with equal coverage, more spare capacity ranks higher", () => {
    const result = rankMentors(sme, [
      mentor({ id: "one-space", name: "Aaron", expertise: ["data"], capacity: 3, activeCount: 2 }),
      mentor({ id: "three-spaces", name: "Zoe", expertise: ["data"], capacity: 3, activeCount: 0 }),
    ]);
    expect(ids(result.matches)).toEqual(["three-spaces", "one-space"]);
  });

  it("with equal coverage, a mentor who meets the way the SME wants ranks higher", () => {
    const result = rankMentors(sme, [
      mentor({ id: "in-person", name: "Aaron", expertise: ["data"], format: "in-person" }),
      mentor({ id: "online", name: "Zoe", expertise: ["data"], format: "online" }),
    ]);
    expect(ids(result.matches)).toEqual(["online", "in-person"]);
  });

  it("for meeting in person, the same authority beats a neighbour, which beats one far away", () => {
    const inPerson = { ...sme, preferredFormat: "in-person" as const };
    const result = rankMentors(inPerson, [
      mentor({
        id: "far",
        name: "Aaron",
        expertise: ["data"],
        format: "in-person",
        localAuthority: "wolverhampton",
      }),
      mentor({
        id: "near",
        name: "Bea",
        expertise: ["data"],
        format: "in-person",
        localAuthority: "solihull",
      }),
      mentor({
        id: "same",
        name: "Cal",
        expertise: ["data"],
        format: "in-person",
        localAuthority: "coventry",
      }),
    ]);
    expect(ids(result.matches)).toEqual(["same", "near", "far"]);
    expect(at(result.matches, 2).reasons).toContain(
      "Based in Wolverhampton, which may be too far to meet in person",
    );
  });

  it("the place does not matter when meeting online", () => {
    const result = rankMentors(sme, [
      mentor({
        id: "a",
        name: "Aaron",
        expertise: ["data"],
        format: "online",
        localAuthority: "walsall",
      }),
      mentor({
        id: "b",
        name: "Zoe",
        expertise: ["data"],
        format: "online",
        localAuthority: "coventry",
      }),
    ]);
    expect(at(result.matches, 0).score).toBe(at(result.matches, 1).score);
    expect(ids(result.matches)).toEqual(["a", "b"]);
  });

  it("an unknown or 'elsewhere' place gets the benefit of the doubt but no area points", () => {
    const inPerson = { ...sme, preferredFormat: "in-person" as const };
    const result = rankMentors(inPerson, [
      mentor({ id: "elsewhere", format: "in-person", localAuthority: "elsewhere" }),
    ]);
    expect(at(result.matches, 0).reasons).toContain("Meets in person, which suits you");
    expect(at(result.matches, 0).reasons.some((r) => r.startsWith("Based in"))).toBe(false);
  });

  it("counts spare places only up to a limit", () => {
    const result = rankMentors(sme, [
      mentor({ id: "ten", name: "Aaron", expertise: ["data"], capacity: 10, activeCount: 0 }),
      mentor({ id: "five", name: "Zoe", expertise: ["data"], capacity: 5, activeCount: 0 }),
    ]);
    expect(at(result.matches, 0).score).toBe(at(result.matches, 1).score);
  });
});

describe("mentors who cannot take a firm", () => {
  it("a full mentor is left out of matches but kept for browsing", () => {
    const result = rankMentors(sme, [
      mentor({
        id: "full",
        name: "Aaron",
        expertise: ["data", "cyber", "automation"],
        capacity: 2,
        activeCount: 2,
      }),
      mentor({ id: "free", name: "Zoe" }),
    ]);
    expect(ids(result.matches)).toEqual(["free"]);
    expect(ids(result.unavailable)).toEqual(["full"]);
    expect(at(result.unavailable, 0).reasons[0]).toBe("Full at the moment");
  });

  it("a mentor over capacity is full too", () => {
    const result = rankMentors(sme, [mentor({ id: "over", capacity: 2, activeCount: 3 })]);
    expect(result.matches).toEqual([]);
    expect(ids(result.unavailable)).toEqual(["over"]);
  });

  it("a mentor not taking requests is left out of matches", () => {
    const result = rankMentors(sme, [mentor({ id: "paused", takingRequests: false })]);
    expect(result.matches).toEqual([]);
    expect(at(result.unavailable, 0).reasons[0]).toBe("Not taking new requests at the moment");
  });
});

describe("no completed check", () => {
  const noCheck: SmeMatchContext = { ...sme, scores: null };

  it("asks for the check and lists mentors in a neutral order with no coverage reasons", () => {
    const result = rankMentors(noCheck, [
      mentor({ id: "c", name: "Cal", expertise: ["data"] }),
      mentor({ id: "a", name: "Ann", expertise: [], format: "in-person" }),
      mentor({ id: "b", name: "Bea", expertise: ["cyber"] }),
    ]);
    expect(result.needsCheck).toBe(true);
    expect(result.weakest).toEqual([]);
    expect(ids(result.matches)).toEqual(["a", "b", "c"]);
    for (const match of result.matches) {
      expect(match.score).toBe(0);
      expect(match.reasons.some((r) => r.includes("Covers") || r.includes("Also covers"))).toBe(
        false,
      );
    }
  });

  it("still keeps full mentors out of matches", () => {
    const result = rankMentors(noCheck, [mentor({ id: "full", capacity: 1, activeCount: 1 })]);
    expect(result.matches).toEqual([]);
    expect(ids(result.unavailable)).toEqual(["full"]);
  });

  it("does not ask for the check when there is one", () => {
    const result = rankMentors(sme, []);
    expect(result.needsCheck).toBe(false);
    expect(result.weakest.map((w) => w.dimension)).toEqual(["data", "cyber", "automation"]);
  });
});

describe("ranking offers", () => {
  it("ranks by coverage, then seats left, then title", () => {
    const result = rankOffers(sme, [
      offer({ id: "o1", title: "Zebra clinic", dimensions: ["automation"] }),
      offer({ id: "o2", title: "Data basics", dimensions: ["data"], seats: 20, seatsBooked: 19 }),
      offer({
        id: "o3",
        title: "Data for growth",
        dimensions: ["data"],
        seats: 20,
        seatsBooked: 0,
      }),
      offer({ id: "o4", title: "Apps workshop", dimensions: ["data"], seats: 20, seatsBooked: 0 }),
    ]);
    expect(ids(result.matches)).toEqual(["o4", "o3", "o2", "o1"]);
    expect(at(result.matches, 2).reasons).toEqual([
      "Covers your weakest area: Data management (score 22)",
      "1 seat left",
      "Runs online, which suits you",
    ]);
  });

  it("a full offer is left out of matches but kept for browsing", () => {
    const result = rankOffers(sme, [
      offer({ id: "full", dimensions: ["data"], seats: 10, seatsBooked: 10 }),
      offer({ id: "open", dimensions: [] }),
    ]);
    expect(ids(result.matches)).toEqual(["open"]);
    expect(ids(result.unavailable)).toEqual(["full"]);
    expect(at(result.unavailable, 0).reasons[0]).toBe("Fully booked");
  });

  it("an offer that has already started is left out when the time is given", () => {
    const now = new Date("2026-03-10T12:00:00Z");
    const list = [
      offer({ id: "past", startsAt: new Date("2026-03-10T09:00:00Z") }),
      offer({ id: "future", startsAt: new Date("2026-03-11T09:00:00Z") }),
      offer({ id: "any-time", startsAt: null }),
    ];
    const result = rankOffers(sme, list, { now });
    expect(ids(result.matches).sort()).toEqual(["any-time", "future"]);
    expect(at(result.unavailable, 0).reasons[0]).toBe("Already started");
    expect(rankOffers(sme, list).unavailable).toEqual([]);
  });

  it("prefers an in-person offer in the SME's own area", () => {
    const inPerson = { ...sme, preferredFormat: "in-person" as const };
    const result = rankOffers(inPerson, [
      offer({ id: "online", title: "A", dimensions: ["data"], format: "online" }),
      offer({
        id: "local",
        title: "B",
        dimensions: ["data"],
        format: "in-person",
        localAuthority: "coventry",
      }),
    ]);
    expect(ids(result.matches)).toEqual(["local", "online"]);
    expect(at(result.matches, 1).reasons).toContain("Only runs online");
  });

  it("asks for the check and sorts by title when there is none", () => {
    const result = rankOffers({ ...sme, scores: null }, [
      offer({ id: "2", title: "Cyber clinic", dimensions: ["cyber"] }),
      offer({ id: "1", title: "AI for beginners", dimensions: ["data"] }),
    ]);
    expect(result.needsCheck).toBe(true);
    expect(ids(result.matches)).toEqual(["1", "2"]);
  });
});

describe("neighbouring authorities", () => {
  it("are neighbours both ways and never of themselves", () => {
    expect(areNeighbours("coventry", "solihull")).toBe(true);
    expect(areNeighbours("solihull", "coventry")).toBe(true);
    expect(areNeighbours("coventry", "walsall")).toBe(false);
    for (const id of localAuthorityIds) expect(areNeighbours(id, id)).toBe(false);
  });

  it("every named authority has a neighbour, and 'elsewhere' has none", () => {
    for (const id of localAuthorityIds) {
      const has = localAuthorityIds.some((other) => areNeighbours(id, other));
      expect(has).toBe(id !== "elsewhere");
    }
  });

  it("nearby is worth less than the same area", () => {
    expect(NEARBY_AREA_POINTS).toBeLessThan(SAME_AREA_POINTS);
  });
});
