/**
 * The one script every page runs: binds the theme switch, the storage notice, "mark as complete"
 * buttons and progress placeholders to their stores. One module instead of one per component,
 * so a page downloads one small file. Each binding does nothing when its elements are absent.
 *
 * Markup it looks for:
 *   [data-theme-switch] > select                       the theme choice
 *   [data-storage-notice]                              shown when progress cannot be saved
 *   button[data-complete="key"][data-label-on|off]     toggles a lesson's completion
 *   [data-lesson-done="key"]                           shown when that lesson is complete
 *   [data-progress-keys="k1 k2"][data-progress-template]  "… {done}/{total} … {pct}" text
 *   [data-progress-meter][data-progress-keys]          a bar whose inner span gets the width
 */
import { interpolate } from '../i18n/interpolate';
import { countComplete, isComplete } from '../lib/progress/progress';
import { progress, setLessonComplete, storageUnavailable } from '../stores/progress';
import { applyTheme, theme, toTheme } from '../stores/settings';

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
  const percent = new Intl.NumberFormat(document.documentElement.lang || 'en', {
    style: 'percent',
    maximumFractionDigits: 0,
  });
  progress.subscribe((state) => {
    for (const badge of document.querySelectorAll<HTMLElement>('[data-lesson-done]')) {
      badge.hidden = !isComplete(state, badge.dataset['lessonDone'] ?? '');
    }
    for (const element of document.querySelectorAll<HTMLElement>('[data-progress-keys]')) {
      const keys = (element.dataset['progressKeys'] ?? '').split(' ').filter(Boolean);
      const done = countComplete(state, keys);
      const fraction = keys.length ? done / keys.length : 0;
      const template = element.dataset['progressTemplate'];
      if (template)
        element.textContent = interpolate(template, {
          done,
          total: keys.length,
          pct: percent.format(fraction),
        });
      if (element.hasAttribute('data-progress-meter')) {
        const bar = element.querySelector<HTMLElement>('span');
        if (bar) bar.style.width = `${Math.round(fraction * 100)}%`;
        element.setAttribute('aria-valuenow', String(done));
      }
    }
  });
}

bindThemeSwitch();
bindStorageNotice();
bindCompleteButtons();
bindProgress();
