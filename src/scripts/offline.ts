/**
 * Offline use: registers the service worker the build wrote (sw.js at the site's base, which
 * precaches the whole course). When a new deploy's worker takes over a page that an older one
 * controlled, the update notice ([data-update-notice]) appears once, with a reload button.
 * Without service workers (an old browser, some private modes, file://) nothing happens and the
 * site works online as before.
 */
export function registerServiceWorker(): void {
  const container = navigator.serviceWorker;
  if (!container || import.meta.env.DEV) return;
  const hadController = Boolean(container.controller);
  container.addEventListener('controllerchange', () => {
    const notice = document.querySelector<HTMLElement>('[data-update-notice]');
    if (!hadController || !notice?.hidden) return;
    notice.hidden = false;
    notice.querySelector('button')?.addEventListener('click', () => location.reload());
  });
  // The site's root from this script's own URL (it lives in _astro/): right under any base path and
  // inside the SCORM package, where URLs must stay relative.
  const base = new URL('../', import.meta.url).pathname;
  // A refused registration (blocked, insecure origin) only means no offline copy.
  container.register(`${base}sw.js`, { scope: base }).catch(() => undefined);
}
