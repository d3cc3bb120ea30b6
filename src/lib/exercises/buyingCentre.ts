/**
 * The buying-centre map of module 5: each person in a deal gets a buying role (user, technical
 * gatekeeper, coach, decision maker, or none), optionally a second one (a user who has become a
 * coach: module 5, lesson 2 says one person can hold two roles), an attitude and how well the rep
 * knows them. The map groups people around the four roles and flags risk the way source 004 puts
 * it: any single buying influence left unidentified or never visited puts the deal at risk. So the
 * flags are per person (every influence not met one-to-one, every person whose role is not marked
 * yet) plus per role (a role nobody holds); one visited gatekeeper no longer hides an unvisited
 * one. Feedback compares the learner's marks and flags with the model answer.
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
  /** A second buying role, if the person holds two. Ignored when it repeats the first. */
  secondRole?: BuyingRole | undefined;
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
    secondRole?: BuyingRole | undefined;
    /** Other single roles also accepted for this person. */
    alsoAccept?: PersonRole[] | undefined;
    attitude: Attitude;
    contact: ContactLevel;
  };
  /** Why the model answer marks them so. */
  explanation: string;
}

/** A role cell: nobody holds it, somebody holding it is not met one-to-one, or all holders are. */
export type RoleStatus = 'unidentified' | 'unvisited' | 'covered';

export interface RoleCell {
  role: BuyingRole;
  people: {
    id: string;
    attitude: Attitude | undefined;
    contact: ContactLevel | undefined;
    visited: boolean;
  }[];
  status: RoleStatus;
}

/**
 * One risk on the map: a role nobody holds, a person whose role is not marked yet, or a person
 * with a buying role the rep has not met one-to-one (with that person's roles).
 */
export type Risk =
  | { kind: 'role'; role: BuyingRole; status: 'unidentified' }
  | { kind: 'person'; id: string; status: 'unidentified' }
  | { kind: 'person'; id: string; status: 'unvisited'; roles: BuyingRole[] };

export interface BuyingCentreMap {
  cells: RoleCell[];
  /** Roles nobody holds (in the order of buyingRoles), then people in case order. */
  risks: Risk[];
  /** People with a buying role, and how many of them the rep has met one-to-one. */
  influencers: number;
  visited: number;
  /** People not yet given a role. */
  unmarked: number;
}

export const isVisited = (contact: ContactLevel | undefined) => contact === 'one-to-one';

/** The distinct buying roles a person holds (none, one or two), in the order of buyingRoles. */
export function rolesOf(marks: PersonMarks | undefined): BuyingRole[] {
  // "No buying role" first means none at all: a second role cannot sit beside it.
  if (marks?.role === 'none') return [];
  const held = new Set<string>([marks?.role ?? 'none', marks?.secondRole ?? 'none']);
  return buyingRoles.filter((r) => held.has(r));
}

export function buildMap(
  people: readonly { id: string }[],
  marks: Readonly<Record<string, PersonMarks | undefined>>,
): BuyingCentreMap {
  const cells = buyingRoles.map((role): RoleCell => {
    const holders = people
      .filter((p) => rolesOf(marks[p.id]).includes(role))
      .map((p) => {
        const m = marks[p.id];
        return { id: p.id, attitude: m?.attitude, contact: m?.contact, visited: isVisited(m?.contact) };
      });
    const status: RoleStatus =
      holders.length === 0 ? 'unidentified' : holders.every((h) => h.visited) ? 'covered' : 'unvisited';
    return { role, people: holders, status };
  });
  const influencers = people.filter((p) => rolesOf(marks[p.id]).length > 0);
  const personRisks = people.flatMap((p): Risk[] => {
    const m = marks[p.id];
    if (m?.role === undefined && m?.secondRole === undefined)
      return [{ kind: 'person', id: p.id, status: 'unidentified' }];
    const roles = rolesOf(m);
    return roles.length > 0 && !isVisited(m.contact)
      ? [{ kind: 'person', id: p.id, status: 'unvisited', roles }]
      : [];
  });
  return {
    cells,
    risks: [
      ...cells.flatMap((c): Risk[] =>
        c.status === 'unidentified' ? [{ kind: 'role', role: c.role, status: 'unidentified' }] : [],
      ),
      ...personRisks,
    ],
    influencers: influencers.length,
    visited: influencers.filter((p) => isVisited(marks[p.id]?.contact)).length,
    unmarked: people.filter((p) => marks[p.id]?.role === undefined && marks[p.id]?.secondRole === undefined)
      .length,
  };
}

/** The model answer's marks for every person. */
export function modelMarks(people: readonly CasePerson[]): Record<string, PersonMarks> {
  return Object.fromEntries(
    people.map((p) => [
      p.id,
      {
        role: p.model.role,
        secondRole: p.model.secondRole,
        attitude: p.model.attitude,
        contact: p.model.contact,
      },
    ]),
  );
}

export interface PersonFeedback {
  id: string;
  /** Both roles right: the same set of buying roles as the model (or an accepted alternative). */
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
  risksFound: Risk[];
  risksMissed: Risk[];
  risksExtra: Risk[];
}

/** A risk's identity for comparing two maps: which role or person, and what is wrong. */
export const riskKey = (r: Risk) =>
  (r.kind === 'role' ? `role:${r.role}` : `person:${r.id}`) + `:${r.status}`;

const sameRoles = (a: readonly BuyingRole[], b: readonly BuyingRole[]) =>
  a.length === b.length && a.every((r) => b.includes(r));

/** Whether the learner's roles for a person match the model: the same buying roles, or "none" for "none". */
function rolesMatch(model: CasePerson['model'], m: PersonMarks | undefined): boolean {
  if (m?.role === undefined) return false;
  const mine = rolesOf(m);
  const accepted: PersonMarks[] = [
    { role: model.role, secondRole: model.secondRole },
    ...(model.alsoAccept ?? []).map((role) => ({ role })),
  ];
  return accepted.some((a) =>
    mine.length === 0 ? a.role === 'none' && rolesOf(a).length === 0 : sameRoles(mine, rolesOf(a)),
  );
}

export function compareWithModel(
  people: readonly CasePerson[],
  marks: Readonly<Record<string, PersonMarks | undefined>>,
): MapFeedback {
  const feedback = people.map((p): PersonFeedback => {
    const m = marks[p.id];
    return {
      id: p.id,
      role: rolesMatch(p.model, m),
      attitude: m?.attitude === p.model.attitude,
      contact: m?.contact === p.model.contact,
    };
  });
  const model = buildMap(people, modelMarks(people)).risks;
  const mine = buildMap(people, marks).risks;
  const modelKeys = new Set(model.map(riskKey));
  const mineKeys = new Set(mine.map(riskKey));
  return {
    people: feedback,
    score: feedback.reduce((s, f) => s + Number(f.role) + Number(f.attitude) + Number(f.contact), 0),
    outOf: people.length * 3,
    risksFound: model.filter((r) => mineKeys.has(riskKey(r))),
    risksMissed: model.filter((r) => !mineKeys.has(riskKey(r))),
    risksExtra: mine.filter((r) => !modelKeys.has(riskKey(r))),
  };
}
