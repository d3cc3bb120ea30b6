/**
 * One LMS session of the course: initialise once, send only values that changed, commit when
 * something the LMS reports on changed (a lesson completed, a quiz finished, the status or
 * score) or when asked (page hidden), and finish once with the session time. Takes the API and
 * a clock, so it runs in tests with a fake LMS. After a failed LMSInitialize every call is a no-op.
 */
import type { Scorm12Api } from './api';
import { formatSessionTime } from './cmiValues';

/** What the LMS holds when the course starts. */
export interface LaunchData {
  studentName: string;
  lessonLocation: string;
  suspendData: string;
  lessonStatus: string;
  scoreRaw: string;
}

export interface Report {
  /** Element → value, e.g. 'cmi.core.lesson_status' → 'completed'. */
  values: Record<string, string>;
  /** Changes whenever the learner reaches something worth committing at once. */
  milestone: string;
}

export interface ScormSession {
  /** LMSInitialize and read the launch data; undefined when the LMS refused. */
  start(): LaunchData | undefined;
  report(report: Report): void;
  commit(): void;
  /** Session time, exit, commit and LMSFinish: once, whatever calls it again. */
  finish(): void;
  readonly state: 'new' | 'running' | 'finished' | 'failed';
}

/** The values among `next` that differ from what was sent, and whether to commit now. */
export function planReport(
  sent: ReadonlyMap<string, string>,
  lastMilestone: string | undefined,
  next: Report,
): { set: [string, string][]; commit: boolean } {
  const set = Object.entries(next.values).filter(([element, value]) => sent.get(element) !== value);
  const reported = ['cmi.core.lesson_status', 'cmi.core.score.raw'];
  const commit = next.milestone !== lastMilestone || set.some(([element]) => reported.includes(element));
  return { set, commit };
}

export function createScormSession(api: Scorm12Api, now: () => number): ScormSession {
  let state: ScormSession['state'] = 'new';
  let startedAt = 0;
  let milestone: string | undefined;
  const sent = new Map<string, string>();

  const get = (element: string) => String(api.LMSGetValue(element) ?? '');
  const set = (element: string, value: string) => {
    if (api.LMSSetValue(element, value) === 'true') sent.set(element, value);
    else console.warn(`The LMS refused ${element} (error ${api.LMSGetLastError()}).`);
  };

  return {
    get state() {
      return state;
    },
    start() {
      if (state !== 'new') return undefined;
      if (String(api.LMSInitialize('')) !== 'true') {
        state = 'failed';
        return undefined;
      }
      state = 'running';
      startedAt = now();
      const launch: LaunchData = {
        studentName: get('cmi.core.student_name'),
        lessonLocation: get('cmi.core.lesson_location'),
        suspendData: get('cmi.suspend_data'),
        lessonStatus: get('cmi.core.lesson_status'),
        scoreRaw: get('cmi.core.score.raw'),
      };
      return launch;
    },
    report(report) {
      if (state !== 'running') return;
      const plan = planReport(sent, milestone, report);
      for (const [element, value] of plan.set) set(element, value);
      milestone = report.milestone;
      if (plan.commit) api.LMSCommit('');
    },
    commit() {
      if (state === 'running') api.LMSCommit('');
    },
    finish() {
      if (state !== 'running') return;
      state = 'finished';
      set('cmi.core.session_time', formatSessionTime(now() - startedAt));
      // Suspend, so the LMS hands the suspend data back on the next launch.
      set('cmi.core.exit', 'suspend');
      api.LMSCommit('');
      api.LMSFinish('');
    },
  };
}
