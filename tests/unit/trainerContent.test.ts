/**
 * Trainer content: both agendas and every module's facilitator notes pass their schemas, notes
 * exist in both languages with the same structure, and the agenda times add up.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  agendaSchema,
  clockTime,
  missingRoutes,
  parseClock,
  timeSlots,
  type Agenda,
} from '@/lib/trainer/agenda';
import { facilitatorNotesSchema } from '@/lib/trainer/notes';

const root = new URL('../../content/', import.meta.url).pathname;
const read = (path: string): unknown => load(readFileSync(join(root, path), 'utf8'));
const moduleSlugs = readdirSync(join(root, 'modules/en')).map((file) => file.replace(/\.yaml$/, ''));

describe('clock times', () => {
  it.each([
    [0, '00:00'],
    [540, '09:00'],
    [545.4, '09:05'],
    [1439, '23:59'],
    [1440, '00:00'],
    [1500, '01:00'],
    [-60, '23:00'],
  ])('%s minutes is %s', (minutes, expected) => {
    expect(clockTime(minutes)).toBe(expected);
  });

  it('parses HH:MM', () => {
    expect(parseClock('09:30')).toBe(570);
    expect(parseClock('00:00')).toBe(0);
  });

  it('chains slots without gaps', () => {
    const timed = timeSlots('09:00', [{ minutes: 20 }, { minutes: 45 }, { minutes: 15 }]);
    expect(timed.map((s) => `${s.from}-${s.to}`)).toEqual(['09:00-09:20', '09:20-10:05', '10:05-10:20']);
  });
});

describe('agenda schema', () => {
  const slot = (minutes: number, method = 'talk', open: string | null = 'learn/m01-a/') => ({
    minutes,
    method,
    ...(open ? { open } : {}),
    zh: { title: '甲', goal: '乙' },
    en: { title: 'A', goal: 'B' },
  });
  const agenda = (slots: unknown[], hours = 1) => ({
    order: 1,
    hours,
    zh: { title: '甲', summary: '乙' },
    en: { title: 'A', summary: 'B' },
    days: [{ start: '09:00', zh: { title: '日' }, en: { title: 'Day' }, slots }],
  });

  it('accepts teaching time equal to the hours, breaks excluded', () => {
    expect(agendaSchema.safeParse(agenda([slot(30), slot(15, 'break', null), slot(30)])).success).toBe(true);
  });

  it.each([
    ['too little teaching time', agenda([slot(30)])],
    ['a teaching slot without a page', agenda([slot(60, 'talk', null)])],
    ['an unknown method', agenda([slot(60, 'lecture')])],
    ['a path without the trailing slash', agenda([slot(60, 'talk', 'learn/m01')])],
    ['a bad start time', { ...agenda([slot(60)]), days: [{ ...agenda([slot(60)]).days[0], start: '9:00' }] }],
  ])('rejects %s', (_name, input) => {
    expect(agendaSchema.safeParse(input).success).toBe(false);
  });

  it('reports routes that are not known', () => {
    const parsed = agendaSchema.parse(agenda([slot(30, 'talk', 'learn/x/'), slot(30, 'talk', 'exam/')]));
    expect(missingRoutes(parsed, new Set(['exam/']))).toEqual(['learn/x/']);
  });
});

describe('the agendas in content/trainer/agendas', () => {
  const files = readdirSync(join(root, 'trainer/agendas')).filter((file) => file.endsWith('.yaml'));

  it('has a one-day (6 h) and a two-day (12 h) agenda', () => {
    const agendas = files.map((file) => agendaSchema.parse(read(`trainer/agendas/${file}`)));
    expect(agendas.map((a) => [a.hours, a.days.length]).sort()).toEqual([
      [12, 2],
      [6, 1],
    ]);
  });

  it.each(files)('%s: slots name real modules and end the day by 18:00', (file) => {
    const parsed: Agenda = agendaSchema.parse(read(`trainer/agendas/${file}`));
    for (const day of parsed.days) {
      for (const { slot, to } of timeSlots(day.start, day.slots)) {
        if (slot.module) expect(moduleSlugs).toContain(slot.module);
        expect(parseClock(to)).toBeLessThanOrEqual(18 * 60);
      }
    }
    const taught = new Set(parsed.days.flatMap((day) => day.slots.map((slot) => slot.module)));
    for (const module of moduleSlugs) expect(taught, `${file} covers ${module}`).toContain(module);
  });
});

describe('facilitator notes', () => {
  it.each(moduleSlugs)('%s has notes in both languages with the same structure', (module) => {
    const [zh, en] = (['zh', 'en'] as const).map((lang) => {
      const path = `trainer/notes/${lang}/${module}.yaml`;
      expect(existsSync(join(root, path)), path).toBe(true);
      return facilitatorNotesSchema.parse(read(path));
    });
    if (!zh || !en) throw new Error('unreachable');
    expect(zh.module).toBe(module);
    expect(en.module).toBe(module);
    expect(zh.goals.length).toBe(en.goals.length);
    expect(zh.timing.map((t) => t.minutes)).toEqual(en.timing.map((t) => t.minutes));
    expect(zh.activities.map((a) => a.lesson)).toEqual(en.activities.map((a) => a.lesson));
    expect(zh.activities.map((a) => a.ask.length)).toEqual(en.activities.map((a) => a.ask.length));
    expect(zh.misconceptions.length).toBe(en.misconceptions.length);
    expect(zh.prompts.length).toBe(en.prompts.length);
    expect(zh.answers.map((a) => a.lesson)).toEqual(en.answers.map((a) => a.lesson));
    const lessons = readdirSync(join(root, 'lessons/en', module)).map((f) => f.replace(/\.mdx$/, ''));
    for (const item of [...en.activities, ...en.answers]) expect(lessons).toContain(item.lesson);
  });

  it('the capstone notes answer every case', () => {
    const notes = facilitatorNotesSchema.parse(read('trainer/notes/en/m08-capstone.yaml'));
    const cases = readdirSync(join(root, 'lessons/en/m08-capstone')).map((f) => f.replace(/\.mdx$/, ''));
    expect(notes.answers.map((a) => a.lesson).sort()).toEqual(cases.sort());
  });
});
