/**
 * The course home's live parts, from the progress store: the "continue where you left off"
 * button ([data-continue], which opens the lesson at the heading the learner was reading) and
 * minutes left ([data-minutes-left="key key…"] with data-template and data-done). Without
 * JavaScript the page shows "start" and the full minutes.
 */
import { interpolate } from '../i18n/interpolate';
import { continueTarget, minutesLeft, type LessonRow } from '../lib/progress/dashboard';
import { progress } from '../stores/progress';

interface Row extends LessonRow {
  href: string;
  title: string;
}

const lang = document.documentElement.lang || 'en';
const box = document.querySelector<HTMLElement>('[data-continue]');
let rows: Row[] = [];
try {
  rows = JSON.parse(box?.dataset['lessons'] ?? '[]') as Row[];
} catch {
  rows = [];
}
const byKey = new Map(rows.map((row) => [row.key, row]));

progress.subscribe((state) => {
  const link = box?.querySelector('a');
  if (box && link) {
    const target = continueTarget(state, rows);
    if (target.kind === 'finished') {
      link.href = box.dataset['finishedHref'] ?? link.href;
      link.textContent = `${box.dataset['finished'] ?? ''} ${box.dataset['finishedLink'] ?? ''}`;
    } else if (target.kind === 'continue') {
      const row = byKey.get(target.key);
      if (row) {
        link.href = target.heading ? `${row.href}#${encodeURIComponent(target.heading)}` : row.href;
        link.textContent = interpolate(box.dataset['continueTemplate'] ?? '', { lesson: row.title }, lang);
      }
    }
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-minutes-left]')) {
    const keys = new Set((element.dataset['minutesLeft'] ?? '').split(' '));
    const left = minutesLeft(
      state,
      rows.filter((row) => keys.has(row.key)),
    );
    element.textContent = left
      ? interpolate(element.dataset['template'] ?? '', { n: left }, lang)
      : (element.dataset['done'] ?? '');
  }
});
