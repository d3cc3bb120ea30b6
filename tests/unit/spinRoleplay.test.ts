/** Playing the role-play scenarios: replaying paths, the model and worst paths, and the real content. */
import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { greedyPath, playPath, temperatureCurve, type RoleplayScenario } from '@/lib/exercises/spinRoleplay';
import { MIN_TURNS, roleplayScenarioSchema } from '@/lib/exercises/spinSchemas';

const tiny: RoleplayScenario = {
  id: 'tiny',
  title: 'Tiny',
  buyer: { name: 'B', role: 'R' },
  brief: 'b',
  opening: 'o',
  start: 'a',
  endings: { cold: 'c', warm: 'w', hot: 'h' },
  nodes: [
    {
      id: 'a',
      choices: [
        { id: 'a-s', type: 'situation', question: 'q', reply: 'r', feedback: 'f', next: 'b' },
        { id: 'a-p', type: 'problem', question: 'q', reply: 'r', feedback: 'f', next: 'b' },
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
    expect([...types].sort()).toEqual(['implication', 'need-payoff', 'pitch', 'problem', 'situation']);
  });

  it.each(scenarioFiles)('%s: the model path ends hot, the worst path cold, both after 8 turns', (file) => {
    const s = scenario('en', file);
    const best = playPath(s, greedyPath(s, 'best'));
    const worst = playPath(s, greedyPath(s, 'worst'));
    expect(best.ok && best.finished && best.steps.length).toBe(MIN_TURNS);
    expect(worst.ok && worst.finished && worst.steps.length).toBe(MIN_TURNS);
    expect(best.ok && best.temperature).toBeGreaterThanOrEqual(80);
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
  });
});
