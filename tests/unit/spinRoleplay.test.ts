/** Playing the role-play scenarios: replaying paths, the model and worst paths, and the real content. */
import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  greedyPath,
  modelPath,
  playPath,
  replyFor,
  temperatureCurve,
  type RoleplayScenario,
} from '@/lib/exercises/spinRoleplay';
import { temperatureBand } from '@/lib/exercises/spinTemperature';
import { MIN_TURNS, roleplayScenarioSchema } from '@/lib/exercises/spinSchemas';

const tiny: RoleplayScenario = {
  id: 'tiny',
  title: 'Tiny',
  buyer: { name: 'B', role: 'R' },
  brief: 'b',
  opening: 'o',
  start: 'a',
  endings: { advance: 'a', continuation: 'c', refusal: 'r' },
  nodes: [
    {
      id: 'a',
      choices: [
        { id: 'a-s', type: 'situation', question: 'q', reply: 'r', feedback: 'f', next: 'b' },
        { id: 'a-p', type: 'problem', discloses: 'x', question: 'q', reply: 'r', feedback: 'f', next: 'b' },
        { id: 'a-x', type: 'pitch', question: 'q', reply: 'r', feedback: 'f', next: 'c' },
      ],
    },
    {
      id: 'b',
      choices: [
        { id: 'b-i', type: 'implication', question: 'q', reply: 'r', feedback: 'f', next: 'end' },
        { id: 'b-x', type: 'pitch', question: 'q', reply: 'r', feedback: 'f', next: 'end' },
      ],
    },
    {
      id: 'c',
      choices: [{ id: 'c-n', type: 'need-payoff', question: 'q', reply: 'r', feedback: 'f', next: 'end' }],
    },
  ],
};

describe('playPath', () => {
  it('replays the choices and reports the temperature after each', () => {
    const played = playPath(tiny, ['a-p', 'b-i']);
    expect(played.ok).toBe(true);
    if (!played.ok) return;
    expect(played.steps.map((s) => [s.turn, s.before, s.after, s.rule])).toEqual([
      [1, 10, 22, 'problem'],
      [2, 22, 37, 'implication'],
    ]);
    expect(played.finished).toBe(true);
    expect(played.temperature).toBe(37);
    expect(played.band).toBe('cold');
    expect(temperatureCurve(played.steps, 10)).toEqual([10, 22, 37]);
  });

  it('waits at the next node while the conversation goes on', () => {
    const played = playPath(tiny, ['a-x']);
    expect(played.ok && played.current?.id).toBe('c');
    expect(played.ok && played.finished).toBe(false);
  });

  it('rejects a choice not offered at that turn', () => {
    expect(playPath(tiny, ['a-p', 'c-n'])).toEqual({ ok: false, error: 'unknown-choice', at: 1 });
    expect(playPath(tiny, ['a-p', 'b-i', 'b-i'])).toEqual({ ok: false, error: 'unknown-choice', at: 2 });
  });
});

describe('greedyPath', () => {
  it('takes the warmest and the coldest choice turn by turn', () => {
    expect(greedyPath(tiny, 'best')).toEqual(['a-p', 'b-i']);
    expect(greedyPath(tiny, 'worst')).toEqual(['a-x', 'c-n']);
  });
});

const dir = (lang: string) => new URL(`../../content/exercises/spin-roleplay/${lang}/`, import.meta.url);
const scenarioFiles = readdirSync(dir('en')).filter((f) => f.endsWith('.yaml'));

function scenario(lang: string, file: string): RoleplayScenario {
  const data = roleplayScenarioSchema.parse(load(readFileSync(new URL(file, dir(lang)), 'utf8')));
  return { id: file.replace(/\.yaml$/, ''), ...data };
}

describe('the role-play scenarios in content/', () => {
  it('has at least two scenarios in each language, with the same files', () => {
    expect(scenarioFiles.length).toBeGreaterThanOrEqual(2);
    expect(readdirSync(dir('zh')).filter((f) => f.endsWith('.yaml'))).toEqual(scenarioFiles);
  });

  it.each(scenarioFiles)('%s: same graph in both languages, every move type used', (file) => {
    const shape = (s: RoleplayScenario) =>
      s.nodes.map((n) => ({
        id: n.id,
        choices: n.choices.map((c) => [c.id, c.type, c.aimless ?? false, c.next]),
      }));
    const zh = scenario('zh', file);
    const en = scenario('en', file);
    expect(shape(zh)).toEqual(shape(en));
    expect(zh.start).toBe(en.start);
    const types = new Set(en.nodes.flatMap((n) => n.choices.map((c) => c.type)));
    for (const type of ['situation', 'problem', 'implication', 'need-payoff', 'commitment', 'pitch'] as const)
      expect(types).toContain(type);
    const facts = (sc: RoleplayScenario) =>
      sc.nodes.flatMap((n) => n.choices.map((c) => [c.id, c.discloses ?? '', c.statesNeed ?? false]));
    expect(facts(zh)).toEqual(facts(en));
  });

  it.each(scenarioFiles)(
    '%s: the model path ends hot with an advance, the worst path cold, both after 8 turns',
    (file) => {
      const s = scenario('en', file);
      const best = playPath(s, modelPath(s));
      const worst = playPath(s, greedyPath(s, 'worst'));
      expect(best.ok && best.finished && best.steps.length).toBe(MIN_TURNS);
      expect(worst.ok && worst.finished && worst.steps.length).toBe(MIN_TURNS);
      expect(best.ok && best.temperature).toBeGreaterThanOrEqual(80);
      expect(best.ok && [best.outcome, best.grade]).toEqual(['advance', 'hot']);
      expect(worst.ok && worst.outcome).not.toBe('advance');
      expect(worst.ok && worst.temperature).toBeLessThan(40);
      // Every pitch-first path stays cold: take the pitch wherever one is offered.
      const path: string[] = [];
      for (;;) {
        const played = playPath(s, path);
        if (!played.ok || !played.current) break;
        const pitch = played.current.choices.find((c) => c.type === 'pitch') ?? played.current.choices[1];
        if (!pitch) break;
        path.push(pitch.id);
      }
      const pitched = playPath(s, path);
      expect(pitched.ok && pitched.band).toBe('cold');
      expect(pitched.ok && pitched.outcome).not.toBe('advance');
    },
  );
});

/** Every path from the start to the end of a scenario (3^8 = 6,561 in each call). */
function allPaths(s: RoleplayScenario): string[][] {
  const byId = new Map(s.nodes.map((n) => [n.id, n]));
  const out: string[][] = [];
  const walk = (id: string, path: string[]) => {
    const node = byId.get(id);
    if (!node) return;
    for (const c of node.choices) {
      if (c.next === 'end') out.push([...path, c.id]);
      else walk(c.next, [...path, c.id]);
    }
  };
  walk(s.start, []);
  return out;
}

describe.each(['zh', 'en'])('every path of every call (%s)', (lang) => {
  it.each(scenarioFiles)('%s: outcome follows the commitment; grades and the deciding turn hold', (file) => {
    const s = scenario(lang, file);
    const paths = allPaths(s);
    expect(paths).toHaveLength(3 ** MIN_TURNS);
    const counts = { advance: 0, continuation: 0, refusal: 0 };
    for (const path of paths) {
      const r = playPath(s, path);
      if (!r.ok || !r.finished || !r.outcome || !r.grade || r.decidingTurn === undefined)
        throw new Error(`${path.join(' ')} did not finish`);
      counts[r.outcome]++;
      const where = `${file} ${lang}: ${path.join(' ')}`;
      // A pitch (or a benefit nobody asked for) before the buyer disclosed any problem.
      let problem = false;
      let earlyPitch: number | undefined;
      for (const step of r.steps) {
        if (
          !problem &&
          earlyPitch === undefined &&
          (step.choice.type === 'pitch' || step.choice.type === 'benefit')
        )
          earlyPitch = step.turn;
        if (step.choice.discloses) problem = true;
      }
      expect(r.earlyPitchTurn, where).toBe(earlyPitch);
      if (earlyPitch !== undefined) expect(r.outcome, where).not.toBe('advance');
      if (r.outcome === 'advance') {
        expect(['warm', 'hot'], where).toContain(r.grade);
        expect(r.steps.at(-1)?.choice.type, where).toBe('commitment');
      } else expect(r.grade, where).not.toBe('hot');
      if (r.outcome === 'refusal') expect(r.grade, where).not.toBe('hot');
      // Hot only with an advance, and the grade never above the temperature's own band.
      if (r.grade === 'hot') expect(r.outcome, where).toBe('advance');
      if (r.outcome === 'continuation' && temperatureBand(r.temperature) !== 'hot')
        expect(r.grade, where).toBe(temperatureBand(r.temperature));
      // The deciding turn is a turn of this call: the early pitch if it ruled out the advance, else the last.
      expect(r.decidingTurn, where).toBeGreaterThanOrEqual(1);
      expect(r.decidingTurn, where).toBeLessThanOrEqual(r.steps.length);
      if (earlyPitch !== undefined && r.steps.at(-1)?.choice.type === 'commitment')
        expect(r.decidingTurn, where).toBe(earlyPitch);
      // The buyer's words agree with the outcome: a commitment refused gets her hold reply.
      const last = r.steps.at(-1);
      if (last?.choice.type === 'commitment' && r.outcome !== 'advance')
        expect(replyFor(last, r), where).toBe(last.choice.holdReply);
    }
    // Each outcome is reachable, so the properties above are not vacuous.
    expect(counts.advance).toBeGreaterThan(0);
    expect(counts.continuation).toBeGreaterThan(0);
    expect(counts.refusal).toBeGreaterThan(0);
  });
});

describe('paths worked out by hand (Xianlin, en)', () => {
  const s = () => scenario('en', 'xianlin.yaml');
  it('the model path: an advance, hot, decided at turn 8', () => {
    const r = playPath(s(), [
      't1-records',
      't2-night',
      't3-stock',
      't4-year',
      't5-inspection',
      't6-records',
      't7-report',
      't8-trial',
    ]);
    // 10 +3 +12 +15 +15 +15 +12 +12 = 94, then +5 for the commitment request = 99.
    expect(r.ok && [r.temperature, r.outcome, r.grade, r.decidingTurn]).toEqual([99, 'advance', 'hot', 8]);
  });
  it('a pitch in the first turn rules out the advance, even though the floor hides its cost', () => {
    const r = playPath(s(), [
      't1-pitch',
      't2-night',
      't3-stock',
      't4-year',
      't5-inspection',
      't6-records',
      't7-report',
      't8-trial',
    ]);
    // 10 (floor) +12 +15 +15 +15 +12 +12 = 91, +5 = 96: hot, but no advance, decided at turn 1.
    expect(r.ok && [r.temperature, r.outcome, r.grade, r.decidingTurn]).toEqual([
      96,
      'continuation',
      'warm',
      1,
    ]);
  });
  it('a useful situation question instead of the problem question: later implications still count', () => {
    const r = playPath(s(), [
      't1-records',
      't2-service',
      't3-stock',
      't4-year',
      't5-inspection',
      't6-records',
      't7-report',
      't8-trial',
    ]);
    if (!r.ok) throw new Error('path');
    expect(r.steps.map((x) => x.rule).slice(2, 5)).toEqual(['implication', 'implication', 'implication']);
    // 10 +3 +3 +15 +15 +15 +12 +12 = 85, +5 = 90.
    expect([r.temperature, r.outcome, r.grade]).toEqual([90, 'advance', 'hot']);
  });
  it('a benefit for the need she stated is rewarded; the same words with no stated need are a pitch', () => {
    const head = ['t1-records', 't2-night', 't3-stock', 't4-year', 't5-inspection'];
    const stated = playPath(s(), [...head, 't6-records', 't7-brochure', 't8-trial']);
    // 10 +3 +12 +15 +15 +15 = 70; +12 (she states the need) = 82; +10 (benefit) = 92; +5 = 97.
    expect(stated.ok && [stated.temperature, stated.steps[6]?.rule, stated.outcome, stated.grade]).toEqual([
      97,
      'benefit',
      'advance',
      'hot',
    ]);
    const unstated = playPath(s(), [...head, 't6-logs', 't7-brochure', 't8-trial']);
    // 70; +12 (another problem, the first one developed) = 82; −15 = 67; −5 (no stated need) = 62.
    expect(
      unstated.ok && [
        unstated.temperature,
        unstated.steps[6]?.rule,
        unstated.outcome,
        unstated.grade,
        unstated.decidingTurn,
      ],
    ).toEqual([62, 'benefit-early', 'continuation', 'warm', 8]);
  });
  it('asking for the whole chain at the end is refused: cold', () => {
    const r = playPath(s(), [
      't1-records',
      't2-night',
      't3-stock',
      't4-year',
      't5-inspection',
      't6-records',
      't7-report',
      't8-quote',
    ]);
    expect(r.ok && [r.outcome, r.grade, r.decidingTurn]).toEqual(['refusal', 'cold', 8]);
  });
});

describe('paths worked out by hand (Tongfeng, en)', () => {
  const s = () => scenario('en', 'tongfeng.yaml');
  const head = ['t1-checks', 't2-failures', 't3-load', 't4-cost', 't5-year'];
  it('a benefit for the need he stated is rewarded and still leads to the advance', () => {
    const r = playPath(s(), [...head, 't6-free', 't7-warning', 't8-trial']);
    // 10 +3 +12 +15 +15 +15 = 70; +12 (he states the need) = 82; +10 (benefit) = 92; +5 = 97.
    expect(r.ok && [r.temperature, r.steps[6]?.rule, r.outcome, r.grade]).toEqual([
      97,
      'benefit',
      'advance',
      'hot',
    ]);
  });
  it('the same benefit with no stated need is a pitch, and the trial is not agreed', () => {
    const r = playPath(s(), [...head, 't6-safety', 't7-warning', 't8-trial']);
    // 70; +15 (implication) = 85; −15 (benefit, no stated need) = 70; −5 (commitment too soon) = 65.
    expect(r.ok && [r.temperature, r.steps[6]?.rule, r.outcome]).toEqual([
      65,
      'benefit-early',
      'continuation',
    ]);
  });
});
