/**
 * The item-writing rules on small banks built for each case, so each rule is shown to catch what it
 * names and to pass what it should.
 */
import { describe, expect, it } from 'vitest';
import type { Question, QuizBank } from '@/lib/content/schemas';
import {
  absoluteCueProblems,
  bankProblems,
  keyIsLongest,
  keysLeadAsAuthored,
  letterReferences,
  longestKeyProblems,
  multipleOrderProblems,
  objectiveTagProblems,
  trueFalseBalanceProblems,
  trueFalseMixProblems,
  untestedObjectives,
  visibleLength,
} from '@/lib/quiz/bankRules';

const base = { lesson: '01-a', objective: 1, prompt: 'Q?', explanation: 'Because.' };
const single = (id: string, texts: string[], answer = 'a'): Question => ({
  ...base,
  id,
  type: 'single',
  options: texts.map((text, i) => ({ id: 'abcdef'[i] ?? 'z', text })),
  answer,
});
const tf = (id: string, answer: boolean, prompt = 'A statement.'): Question => ({
  ...base,
  id,
  type: 'truefalse',
  prompt,
  answer,
});
const bank = (questions: Question[]): QuizBank => ({ module: 'm01-test', questions });

describe('visibleLength', () => {
  it.each([
    ['abc', 3],
    ['  a   b  ', 3],
    ['客户价值', 4],
    ['😀x', 2],
  ])('%j has length %i', (text, length) => expect(visibleLength(text)).toBe(length));
});

describe('keyIsLongest', () => {
  it.each([
    [['longest one', 'short', 'tiny'], 'a', true],
    [['same', 'same', 'x'], 'a', false],
    [['short', 'the longest of all'], 'a', false],
    [['short', 'the longest of all'], 'b', true],
  ] as const)('%j keyed %s → %s', (texts, answer, expected) =>
    expect(keyIsLongest(single('m01-q1', [...texts], answer))).toBe(expected),
  );
});

describe('longestKeyProblems', () => {
  it('passes at 35% and fails above', () => {
    const longest = (id: string) => single(id, ['the key is long', 'short', 'brief']);
    const notLongest = (id: string) => single(id, ['key', 'a longer distractor', 'brief']);
    // 7 of 20 = 35%: passes; 8 of 20 = 40%: fails and names the questions.
    const seven = [
      ...Array.from({ length: 7 }, (_, i) => longest(`m01-l${i}`)),
      ...Array.from({ length: 13 }, (_, i) => notLongest(`m01-n${i}`)),
    ];
    expect(longestKeyProblems(bank(seven))).toEqual([]);
    const eight = [
      ...Array.from({ length: 8 }, (_, i) => longest(`m01-l${i}`)),
      ...Array.from({ length: 12 }, (_, i) => notLongest(`m01-n${i}`)),
    ];
    const problems = longestKeyProblems(bank(eight));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('8 of 20');
    expect(problems[0]).toContain('m01-l7');
  });
});

describe('trueFalseBalanceProblems', () => {
  const keyed = (trues: number, falses: number) =>
    bank([
      ...Array.from({ length: trues }, (_, i) => tf(`m01-t${i}`, true)),
      ...Array.from({ length: falses }, (_, i) => tf(`m01-f${i}`, false)),
    ]);
  it.each([
    [1, 1, true],
    [2, 3, true],
    [3, 2, true],
    [7, 13, true], // 35%
    [13, 7, true], // 65%
    [1, 3, false], // 25%
    [3, 1, false], // 75%
    [0, 4, false],
  ])('%i true and %i false: passes = %s', (trues, falses, passes) =>
    expect(trueFalseBalanceProblems([keyed(trues, falses)]).length === 0).toBe(passes),
  );
  it('takes the share over all banks together', () => {
    expect(trueFalseBalanceProblems([keyed(0, 2), keyed(2, 0)])).toEqual([]);
    expect(trueFalseBalanceProblems([keyed(0, 2), keyed(0, 2)])).toHaveLength(1);
  });
  it('ignores banks without true/false questions', () =>
    expect(trueFalseBalanceProblems([bank([single('m01-q1', ['a', 'b'])])])).toEqual([]));
  it('wants two or more true/false questions of one bank keyed both ways', () => {
    expect(trueFalseMixProblems(keyed(0, 3))).toHaveLength(1);
    expect(trueFalseMixProblems(keyed(3, 0))).toHaveLength(1);
    expect(trueFalseMixProblems(keyed(1, 2))).toEqual([]);
    expect(trueFalseMixProblems(keyed(0, 1))).toEqual([]);
  });
});

describe('letterReferences', () => {
  it.each([
    ['a、b、d分别对应收入集中、服务成本和客户保留三点。', ['a', 'b', 'd']],
    ['c是误解：今天的中小客户也可能成长。', ['c']],
    ['i4 属于误读。', ['i4']],
    ['A类客户贡献了80%的销售额，ABC分类按累计占比。', []],
    ['按SPIN提问，先问背景问题。', []],
  ] as const)('zh %j → %j', (text, expected) => expect(letterReferences(text, 'zh')).toEqual(expected));

  it.each([
    ['Option c is a misreading.', ['Option c']],
    ['c is a misreading of the rule.', ['c']],
    ['Answers a and d name the costs.', ['Answers a', 'd']],
    ['(b) confuses the two.', ['(b)']],
    ['Each measure answers a different question.', []],
    ['A customer is a key account when, e.g., it brings 20% of revenue; i.e. a big one.', []],
    ['This is a misreading: a rule of thumb, not a law.', []],
    ['Class A customers bring 80% of revenue.', []],
  ] as const)('en %j → %j', (text, expected) => expect(letterReferences(text, 'en')).toEqual(expected));
});

describe('multipleOrderProblems', () => {
  const multiple = (id: string, answers: string[]): Question => ({
    ...base,
    id,
    type: 'multiple',
    options: ['a', 'b', 'c', 'd'].map((o) => ({ id: o, text: o.toUpperCase() })),
    answers,
  });
  it('spots keys that lead as authored', () => {
    expect(keysLeadAsAuthored(multiple('m01-q1', ['b', 'a']))).toBe(true);
    expect(keysLeadAsAuthored(multiple('m01-q1', ['a', 'c']))).toBe(false);
  });
  it('fails a bank whose every multiple-choice key leads, passes one that varies', () => {
    expect(
      multipleOrderProblems(bank([multiple('m01-q1', ['a', 'b']), multiple('m01-q2', ['a'])])),
    ).toHaveLength(1);
    expect(
      multipleOrderProblems(bank([multiple('m01-q1', ['a', 'b']), multiple('m01-q2', ['b', 'd'])])),
    ).toEqual([]);
  });
});

describe('absoluteCueProblems', () => {
  it('counts absolute words in wrong options and false statements only', () => {
    const cue = (n: number) => single(`m01-c${n}`, ['key', 'this always works'], 'a');
    const keyed = single('m01-k', ['you must ask', 'distractor'], 'a');
    expect(
      absoluteCueProblems(bank([cue(1), cue(2), cue(3), keyed, tf('m01-t', true, 'It never fails.')]), 'en'),
    ).toEqual([]);
    const problems = absoluteCueProblems(
      bank([cue(1), cue(2), cue(3), tf('m01-f', false, 'Every firm is exactly 80/20.')]),
      'en',
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('m01-f');
  });
  it('knows Chinese absolutes', () => {
    const wrong = (n: number) => single(`m01-c${n}`, ['对', '一定会成功'], 'a');
    expect(absoluteCueProblems(bank([1, 2, 3, 4].map(wrong)), 'zh')).toHaveLength(1);
  });
});

describe('objective tags', () => {
  const objectives = { '01-a': 2, '02-b': 1 };
  it('wants every question to name an existing objective of an existing lesson', () => {
    const untagged = { lesson: base.lesson, prompt: base.prompt, explanation: base.explanation };
    const questions: Question[] = [
      // As an unchecked file might hold it: the schema requires the tag, the rule reports it.
      { ...untagged, id: 'm01-q1', type: 'truefalse', answer: true } as unknown as Question,
      { ...base, id: 'm01-q2', type: 'truefalse', answer: true, objective: 3 },
      { ...base, id: 'm01-q3', type: 'truefalse', answer: true, lesson: '09-z' },
      { ...base, id: 'm01-q4', type: 'truefalse', answer: true, objective: 2 },
    ];
    const problems = objectiveTagProblems(bank(questions), objectives);
    expect(problems.map((p) => p.split(':')[0])).toEqual(['m01-q1', 'm01-q2', 'm01-q3']);
  });
  it('lists objectives no question tests', () => {
    expect(untestedObjectives(bank([tf('m01-q1', true)]), objectives)).toEqual([
      'm01-test/01-a objective 2',
      'm01-test/02-b objective 1',
    ]);
  });
  it('passes a bank that tests every objective under every rule', () => {
    const questions: Question[] = [
      tf('m01-q1', true),
      { ...tf('m01-q2', false), objective: 2 },
      { ...single('m01-q3', ['key', 'longer distractor']), lesson: '02-b' },
    ];
    expect(bankProblems(bank(questions), 'en', objectives)).toEqual([]);
  });
});
