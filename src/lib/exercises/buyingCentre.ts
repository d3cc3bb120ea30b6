/**
 * The buying-centre map of module 5: each person in a deal gets a buying role (user, technical
 * gatekeeper, coach, decision maker, or none), an attitude and how well the rep knows them. The
 * map groups people around the four roles and flags a role nobody holds (unidentified) or whose
 * holders nobody has met one-to-one (unvisited): the "minefield" of the course. Feedback compares
 * the learner's marks and flags with the model answer.
 */
export const buyingRoles = ['user', 'gatekeeper', 'coach', 'decision-maker'] as const;
export type BuyingRole = (typeof buyingRoles)[number];
/** A person's role in the exercise: one of the four, or no buying role in this deal. */
export const personRoles = [...buyingRoles, 'none'] as const;
export type PersonRole = (typeof personRoles)[number];

export const attitudes = ['supportive', 'neutral', 'sceptical', 'unknown'] as const;
export type Attitude = (typeof attitudes)[number];

/** How well the rep knows them: never met, seen only in a group meeting, met one-to-one. */
export const contactLevels = ['none', 'group', 'one-to-one'] as const;
export type ContactLevel = (typeof contactLevels)[number];

export interface PersonMarks {
  role?: PersonRole | undefined;
  attitude?: Attitude | undefined;
  contact?: ContactLevel | undefined;
}

export interface CasePerson {
  id: string;
  name: string;
  position: string;
  notes: string;
  model: {
    role: PersonRole;
    alsoAccept?: PersonRole[] | undefined;
    attitude: Attitude;
    contact: ContactLevel;
  };
  /** Why the model answer marks them so. */
  explanation: string;
}

export type RoleStatus = 'unidentified' | 'unvisited' | 'covered';

export interface RoleCell {
  role: BuyingRole;
  people: { id: string; attitude: Attitude | undefined; contact: ContactLevel | undefined }[];
  status: RoleStatus;
}

export interface BuyingCentreMap {
  cells: RoleCell[];
  /** The roles at risk, in the order of buyingRoles. */
  risks: { role: BuyingRole; status: Exclude<RoleStatus, 'covered'> }[];
  /** People with a buying role, and how many of them the rep has met one-to-one. */
  influencers: number;
  visited: number;
  /** People not yet given a role. */
  unmarked: number;
}

export const isVisited = (contact: ContactLevel | undefined) => contact === 'one-to-one';

export function buildMap(
  people: readonly { id: string }[],
  marks: Readonly<Record<string, PersonMarks | undefined>>,
): BuyingCentreMap {
  const cells = buyingRoles.map((role): RoleCell => {
    const holders = people
      .filter((p) => marks[p.id]?.role === role)
      .map((p) => ({ id: p.id, attitude: marks[p.id]?.attitude, contact: marks[p.id]?.contact }));
    const status: RoleStatus =
      holders.length === 0
        ? 'unidentified'
        : holders.some((h) => isVisited(h.contact))
          ? 'covered'
          : 'unvisited';
    return { role, people: holders, status };
  });
  const influencers = people.filter((p) => {
    const role = marks[p.id]?.role;
    return role !== undefined && role !== 'none';
  });
  return {
    cells,
    risks: cells.flatMap((c) => (c.status === 'covered' ? [] : [{ role: c.role, status: c.status }])),
    influencers: influencers.length,
    visited: influencers.filter((p) => isVisited(marks[p.id]?.contact)).length,
    unmarked: people.filter((p) => marks[p.id]?.role === undefined).length,
  };
}

/** The model answer's marks for every person. */
export function modelMarks(people: readonly CasePerson[]): Record<string, PersonMarks> {
  return Object.fromEntries(
    people.map((p) => [p.id, { role: p.model.role, attitude: p.model.attitude, contact: p.model.contact }]),
  );
}

export interface PersonFeedback {
  id: string;
  role: boolean;
  attitude: boolean;
  contact: boolean;
}

export interface MapFeedback {
  people: PersonFeedback[];
  /** Marks that match the model, out of three per person. */
  score: number;
  outOf: number;
  /** Risks of the model map the learner's map also shows, those it misses, and those it shows wrongly. */
  risksFound: BuyingCentreMap['risks'];
  risksMissed: BuyingCentreMap['risks'];
  risksExtra: BuyingCentreMap['risks'];
}

const sameRisk = (a: { role: BuyingRole; status: string }, b: { role: BuyingRole; status: string }) =>
  a.role === b.role && a.status === b.status;

export function compareWithModel(
  people: readonly CasePerson[],
  marks: Readonly<Record<string, PersonMarks | undefined>>,
): MapFeedback {
  const feedback = people.map((p): PersonFeedback => {
    const m = marks[p.id];
    const accepted = [p.model.role, ...(p.model.alsoAccept ?? [])];
    return {
      id: p.id,
      role: m?.role !== undefined && accepted.includes(m.role),
      attitude: m?.attitude === p.model.attitude,
      contact: m?.contact === p.model.contact,
    };
  });
  const model = buildMap(people, modelMarks(people)).risks;
  const mine = buildMap(people, marks).risks;
  return {
    people: feedback,
    score: feedback.reduce((s, f) => s + Number(f.role) + Number(f.attitude) + Number(f.contact), 0),
    outOf: people.length * 3,
    risksFound: model.filter((r) => mine.some((x) => sameRisk(x, r))),
    risksMissed: model.filter((r) => !mine.some((x) => sameRisk(x, r))),
    risksExtra: mine.filter((r) => !model.some((x) => sameRisk(x, r))),
  };
}
