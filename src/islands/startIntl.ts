/**
 * Imported (for its effect) by an island whose first render formats numbers: starts ICU's number
 * formatting in a task of its own before the island hydrates. The first Intl.NumberFormat a page
 * makes loads ICU's data, 10–100 ms on this project's test machine and more on a phone; made during
 * hydration it lengthened the tools page's one long task by about half (Lighthouse's Total
 * Blocking Time counts every task past 50 ms). This module yields to the event loop, makes one
 * formatter in the page's language, and yields again; the importing module (and so the island's
 * hydration) waits for it through top-level await. Nothing is shown later than before: the page's
 * HTML is already on screen, and a yield is not a fixed wait. On the server it does nothing.
 */
type YieldingScheduler = { yield?: () => Promise<void> };

/** The next task: scheduler.yield() where the browser has it, else a zero timeout. */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: YieldingScheduler }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

if (typeof document !== 'undefined') {
  await nextTask();
  new Intl.NumberFormat(document.documentElement.lang || 'en', { style: 'percent' }).format(0);
  await nextTask();
}

export {};
