import { describe, expect, it, vi } from 'vitest';
import type { Scorm12Api } from '@/lib/scorm/api';
import { createScormSession, planReport } from '@/lib/scorm/session';

/** An LMS that records every call, with a data model seeded like a launch. */
function fakeLms(seed: Record<string, string> = {}, initialise = 'true') {
  const calls: string[] = [];
  const data = new Map(Object.entries(seed));
  const api: Scorm12Api = {
    LMSInitialize: () => (calls.push('init'), initialise),
    LMSFinish: () => (calls.push('finish'), 'true'),
    LMSGetValue: (element) => data.get(element) ?? '',
    LMSSetValue: (element, value) => {
      calls.push(`set ${element}=${value}`);
      if (element === 'cmi.core.lesson_location' && value.length > 255) return 'false';
      data.set(element, value);
      return 'true';
    },
    LMSCommit: () => (calls.push('commit'), 'true'),
    LMSGetLastError: () => '405',
  };
  return { api, calls, data };
}

const report = (status: string, milestone = '0/0', extra: Record<string, string> = {}) => ({
  values: { 'cmi.core.lesson_status': status, 'cmi.suspend_data': 'kas1:x', ...extra },
  milestone,
});

describe('planReport', () => {
  it.each([
    { name: 'first report', sent: {}, last: undefined, next: report('incomplete'), set: 2, commit: true },
    {
      name: 'nothing changed',
      sent: { 'cmi.core.lesson_status': 'incomplete', 'cmi.suspend_data': 'kas1:x' },
      last: '0/0',
      next: report('incomplete'),
      set: 0,
      commit: false,
    },
    {
      name: 'an answer saved mid-quiz: suspend data only, no commit',
      sent: { 'cmi.core.lesson_status': 'incomplete', 'cmi.suspend_data': 'kas1:old' },
      last: '3/0',
      next: report('incomplete', '3/0'),
      set: 1,
      commit: false,
    },
    {
      name: 'a lesson completed',
      sent: { 'cmi.core.lesson_status': 'incomplete', 'cmi.suspend_data': 'kas1:x' },
      last: '3/0',
      next: report('incomplete', '4/0'),
      set: 0,
      commit: true,
    },
    {
      name: 'status changed',
      sent: { 'cmi.core.lesson_status': 'incomplete', 'cmi.suspend_data': 'kas1:x' },
      last: '31/0',
      next: report('completed', '31/0'),
      set: 1,
      commit: true,
    },
    {
      name: 'location changed only',
      sent: { 'cmi.core.lesson_status': 'incomplete', 'cmi.suspend_data': 'kas1:x' },
      last: '0/0',
      next: report('incomplete', '0/0', { 'cmi.core.lesson_location': 'zh/index.html' }),
      set: 1,
      commit: false,
    },
  ])('$name', ({ sent, last, next, set, commit }) => {
    const plan = planReport(new Map(Object.entries(sent)), last, next);
    expect(plan.set).toHaveLength(set);
    expect(plan.commit).toBe(commit);
  });
});

describe('createScormSession', () => {
  it('initialises once, reads the launch data, finishes once with session time and suspend', () => {
    const { api, calls, data } = fakeLms({
      'cmi.core.student_name': 'Doe, Jane',
      'cmi.suspend_data': 'kas1:abc',
      'cmi.core.lesson_location': 'zh/index.html',
      'cmi.core.lesson_status': 'incomplete',
    });
    let now = 1_000;
    const session = createScormSession(api, () => now);
    expect(session.start()).toEqual({
      studentName: 'Doe, Jane',
      lessonLocation: 'zh/index.html',
      suspendData: 'kas1:abc',
      lessonStatus: 'incomplete',
      scoreRaw: '',
    });
    expect(session.start()).toBeUndefined();
    now += 65_500;
    session.finish();
    session.finish();
    expect(calls.filter((c) => c === 'init')).toHaveLength(1);
    expect(calls.filter((c) => c === 'finish')).toHaveLength(1);
    expect(calls.slice(-4)).toEqual([
      'set cmi.core.session_time=00:01:05.50',
      'set cmi.core.exit=suspend',
      'commit',
      'finish',
    ]);
    expect(data.get('cmi.core.session_time')).toBe('00:01:05.50');
    expect(session.state).toBe('finished');
  });

  it('sends only changes and commits at milestones', () => {
    const { api, calls } = fakeLms();
    const session = createScormSession(api, () => 0);
    session.start();
    session.report(report('incomplete'));
    session.report(report('incomplete'));
    session.report({
      ...report('incomplete'),
      values: { ...report('incomplete').values, 'cmi.suspend_data': 'kas1:y' },
    });
    session.report(report('completed', '31/0'));
    expect(calls).toEqual([
      'init',
      'set cmi.core.lesson_status=incomplete',
      'set cmi.suspend_data=kas1:x',
      'commit',
      'set cmi.suspend_data=kas1:y',
      'set cmi.core.lesson_status=completed',
      'set cmi.suspend_data=kas1:x',
      'commit',
    ]);
  });

  it('tries a refused value again next time instead of believing it was stored', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { api, calls } = fakeLms();
    const session = createScormSession(api, () => 0);
    session.start();
    const long = { 'cmi.core.lesson_location': `zh/${'a'.repeat(300)}` };
    session.report(report('incomplete', '0/0', long));
    session.report(report('incomplete', '0/0', long));
    expect(calls.filter((c) => c.startsWith('set cmi.core.lesson_location'))).toHaveLength(2);
    expect(warn).toHaveBeenCalledWith('The LMS refused cmi.core.lesson_location (error 405).');
    warn.mockRestore();
  });

  it('does nothing after the LMS refuses to initialise', () => {
    const { api, calls } = fakeLms({}, 'false');
    const session = createScormSession(api, () => 0);
    expect(session.start()).toBeUndefined();
    session.report(report('completed'));
    session.commit();
    session.finish();
    expect(calls).toEqual(['init']);
    expect(session.state).toBe('failed');
  });

  it('does nothing before it started', () => {
    const { api, calls } = fakeLms();
    const session = createScormSession(api, () => 0);
    session.report(report('completed'));
    session.finish();
    expect(calls).toEqual([]);
  });
});
