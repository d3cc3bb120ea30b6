/**
 * The one script every page runs: binds the theme and text-size switches, the storage notice,
 * "mark as complete" buttons and progress placeholders to their stores, remembers the reading
 * position in a lesson, binds the search box and registers the offline service worker. One module instead of one per component,
 * so a page downloads one small file. Each binding does nothing when its elements are absent.
 *
 * Markup it looks for:
 *   [data-theme-switch] > select                       the theme choice
 *   [data-storage-notice]                              shown when progress cannot be saved
 *   button[data-complete="key"][data-label-on|off]     toggles a lesson's completion
 *   [data-lesson-done="key"]                           shown when that lesson is complete
 *   [data-progress-keys="k1 k2"][data-progress-template]  "… {done}/{total} … {pct}" text
 *   [data-progress-meter][data-progress-keys]          a bar whose inner span gets the width (and
 *                                                      data-progress-state none/started/done)
 *   [data-lesson-key="key"]                            a lesson: remembers the heading in view
 *   [data-font-size-switch] > select                   the reading size choice
 *   [data-menu-button] + [data-menu]                   the phone header's menu (siteMenu.ts)
 */
import { interpolate } from '../i18n/interpolate';
import { countComplete, isComplete } from '../lib/progress/progress';
import { progress, rememberReading, setLessonComplete, storageUnavailable } from '../stores/progress';
import { applyFontSize, applyTheme, fontSize, theme, toFontSize, toTheme } from '../stores/settings';
import { registerServiceWorker } from './offline';
import { bindSiteMenu } from './siteMenu';
import { bindSiteSearch } from './siteSearch';

function bindThemeSwitch(): void {
  for (const wrapper of document.querySelectorAll<HTMLElement>('[data-theme-switch]')) {
    const select = wrapper.querySelector('select');
    if (!select) continue;
    wrapper.hidden = false;
    select.value = theme.get();
    select.addEventListener('change', () => theme.set(toTheme(select.value)));
    theme.subscribe((value) => {
      select.value = value;
      applyTheme(value);
    });
  }
}

function bindFontSize(): void {
  const wrapper = document.querySelector<HTMLElement>('[data-font-size-switch]');
  const select = wrapper?.querySelector('select');
  if (!wrapper || !select) return;
  wrapper.hidden = false;
  select.addEventListener('change', () => fontSize.set(toFontSize(select.value)));
  fontSize.subscribe((value) => {
    select.value = value;
    applyFontSize(value);
  });
}

/**
 * On a lesson, remembers the last heading scrolled past (for "continue where you left off"):
 * saved when it changes, at most once a second, and once on arrival so the lesson counts as the
 * last one read. Arriving keeps the heading remembered before unless the URL names one.
 */
function bindReadingPosition(): void {
  const key = document.querySelector<HTMLElement>('[data-lesson-key]')?.dataset['lessonKey'];
  if (!key) return;
  const headings = [...document.querySelectorAll<HTMLElement>('[data-pagefind-body] :is(h2, h3)[id]')];
  const fromHash = decodeURIComponent(location.hash.slice(1));
  let saved = headings.some((h) => h.id === fromHash) ? fromHash : progress.get().visits[key]?.heading;
  rememberReading(key, saved);
  let timer = 0;
  addEventListener(
    'scroll',
    () => {
      clearTimeout(timer);
      timer = window.setTimeout(() => {
        const current = headings.filter((h) => h.getBoundingClientRect().top < innerHeight / 3).pop()?.id;
        if (current !== saved) rememberReading(key, (saved = current));
      }, 1000);
    },
    { passive: true },
  );
}

function bindStorageNotice(): void {
  const notice = document.querySelector<HTMLElement>('[data-storage-notice]');
  if (notice) storageUnavailable.subscribe((unavailable) => (notice.hidden = !unavailable));
}

function bindCompleteButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-complete]')) {
    const key = button.dataset['complete'] ?? '';
    const text = button.querySelector('.text');
    button.hidden = false;
    button.addEventListener('click', () => setLessonComplete(key, !isComplete(progress.get(), key)));
    progress.subscribe((state) => {
      const done = isComplete(state, key);
      button.setAttribute('aria-pressed', String(done));
      if (text) text.textContent = (done ? button.dataset['labelOn'] : button.dataset['labelOff']) ?? '';
    });
  }
}

function bindProgress(): void {
  // Found once (the markup does not change). A page without them never reads the store here, and
  // the percent format is made only when a template uses it: the first Intl formatter of a page
  // starts ICU, which costs a phone over 100 ms.
  const badges = [...document.querySelectorAll<HTMLElement>('[data-lesson-done]')];
  const counters = [...document.querySelectorAll<HTMLElement>('[data-progress-keys]')];
  if (badges.length === 0 && counters.length === 0) return;
  let percent: Intl.NumberFormat | undefined;
  const formatPercent = (fraction: number) => {
    percent ??= new Intl.NumberFormat(document.documentElement.lang || 'en', {
      style: 'percent',
      maximumFractionDigits: 0,
    });
    return percent.format(fraction);
  };
  progress.subscribe((state) => {
    for (const badge of badges) badge.hidden = !isComplete(state, badge.dataset['lessonDone'] ?? '');
    for (const element of counters) {
      const keys = (element.dataset['progressKeys'] ?? '').split(' ').filter(Boolean);
      const done = countComplete(state, keys);
      const fraction = keys.length ? done / keys.length : 0;
      const template = element.dataset['progressTemplate'];
      if (template)
        element.textContent = interpolate(template, {
          done,
          total: keys.length,
          pct: template.includes('{pct}') ? formatPercent(fraction) : '',
        });
      if (element.hasAttribute('data-progress-meter')) {
        const bar = element.querySelector<HTMLElement>('span');
        if (bar) bar.style.width = `${Math.round(fraction * 100)}%`;
        element.setAttribute('aria-valuenow', String(done));
        // For styling only (a started or finished module card looks it); the text says the same.
        element.dataset['progressState'] = done === 0 ? 'none' : done === keys.length ? 'done' : 'started';
      }
    }
  });
}

bindSiteMenu();
bindThemeSwitch();
bindFontSize();
bindStorageNotice();
bindReadingPosition();
bindSiteSearch();
registerServiceWorker();
bindCompleteButtons();
bindProgress();
