/**
 * The launch page's script: finds the LMS, restores the learner's progress from it before the
 * course loads, then reports as the learner goes. The course pages in the frame save progress
 * through the progress store as everywhere; the same store here hears their writes (storage
 * events), and the frame's load events tell where the learner is. Nothing here runs on the
 * public site.
 */
import { findApi } from '../lib/scorm/api';
import { displayName, parseScore } from '../lib/scorm/cmiValues';
import { pageLocation, safeLocation } from '../lib/scorm/location';
import { createScormSession, type LaunchData } from '../lib/scorm/session';
import { courseResult, scoreToReport, statusToReport } from '../lib/scorm/status';
import { decodeSuspendData, encodeSuspendData } from '../lib/scorm/suspendData';
import { readAttempts } from '../lib/progress/attemptRecords';
import { emptyProgress, type Progress } from '../lib/progress/progress';
import { progress } from '../stores/progress';

const container = document.querySelector<HTMLElement>('[data-scorm-launch]');
const frame = container?.querySelector<HTMLIFrameElement>('iframe[data-course]');

/** The LMS's record decides: the progress it holds, with its learner name for the certificate. */
function restore(launch: LaunchData): Progress {
  const saved = launch.suspendData ? decodeSuspendData(launch.suspendData) : undefined;
  if (launch.suspendData && !saved)
    console.warn('The suspend data from the LMS was unreadable; starting afresh.');
  const restored = saved ?? emptyProgress();
  const name = displayName(launch.studentName);
  if (!restored.certificateName && name) restored.certificateName = name;
  return restored;
}

function run(root: URL, home: URL, lessonKeys: string[]): void {
  if (!frame) return;
  const api = findApi(window);
  const session = api ? createScormSession(api, () => Date.now()) : undefined;
  const launch = session?.start();
  if (!session || !launch) {
    container?.querySelector<HTMLElement>('[data-scorm-offline]')?.removeAttribute('hidden');
    frame.src = home.href;
    return;
  }

  // Set before the frame loads, so the first course page already shows the restored progress.
  progress.set(restore(launch));
  let location = safeLocation(launch.lessonLocation);
  const scoreHeld = parseScore(launch.scoreRaw);

  const report = () => {
    const state = progress.get();
    const { attempts } = readAttempts(state);
    const result = courseResult(Object.keys(state.lessons), attempts, lessonKeys);
    const values: Record<string, string> = {
      'cmi.core.lesson_status': statusToReport(launch.lessonStatus, result.status),
      'cmi.suspend_data': encodeSuspendData(state).data,
    };
    const score = scoreToReport(scoreHeld, result.score);
    if (score !== undefined) {
      values['cmi.core.score.min'] = '0';
      values['cmi.core.score.max'] = '100';
      values['cmi.core.score.raw'] = String(score);
    }
    if (location) values['cmi.core.lesson_location'] = location;
    const finished = attempts.filter((a) => a.finishedAt).length;
    session.report({ values, milestone: `${Object.keys(state.lessons).length}/${finished}` });
  };

  // Reports now (incomplete on a first launch) and on every change a course page saves.
  progress.subscribe(report);
  frame.src = new URL(location ?? '', location ? root : home).href;

  frame.addEventListener('load', () => {
    let href: string | undefined;
    try {
      href = frame.contentWindow?.location.href;
    } catch {
      href = undefined; // a page of another origin: not part of the course
    }
    const where = href ? pageLocation(href, root.href) : undefined;
    if (where && where !== location) {
      location = where;
      report();
    }
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') session.commit();
  });
  // pagehide is the reliable one; unload only as a fallback for old LMS players. finish() runs once.
  window.addEventListener('pagehide', () => session.finish());
  window.addEventListener('unload', () => session.finish());
}

if (container) {
  const root = new URL('./', new URL(container.dataset['root'] ?? './', window.location.href));
  const home = new URL(container.dataset['home'] ?? './', window.location.href);
  run(root, home, (container.dataset['lessons'] ?? '').split(' ').filter(Boolean));
}
